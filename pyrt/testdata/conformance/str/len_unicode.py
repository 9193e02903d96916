print(len('caf\u00e9'), len('\U0001f600'), 'caf\u00e9'[3])
