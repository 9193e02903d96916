print(format('abc', 's'), format('abc', '10s') + '|')
