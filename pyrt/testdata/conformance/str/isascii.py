print('abc'.isascii(), 'caf\u00e9'.isascii(), ''.isascii())
