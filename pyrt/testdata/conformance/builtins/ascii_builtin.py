print(ascii('\u00e9'), ascii(1))
