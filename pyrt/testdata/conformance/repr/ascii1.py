print(ascii('caf\u00e9'), ascii('\u2603x'), ascii([1, '\xff']))
