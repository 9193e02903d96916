b = bytearray(b'abc')
b.append(100)
b.extend([101, 102])
b[0] = 65
print(b, len(b), b[1], b[1:3], list(b)[:2], b.pop(), b.decode(), b.hex())
print(bytearray(3), bytearray(), bytearray('hé', 'utf-8'), b == b'Abcde', 98 in b, b + b'!')
print(str(bytearray(b"it's")), repr(bytearray([0, 255])))
