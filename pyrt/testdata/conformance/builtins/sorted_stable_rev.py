print(sorted(['b1', 'a1', 'b0', 'a0'], key=lambda s: s[0], reverse=True))
