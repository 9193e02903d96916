print(b'abc', b'\x00\xff', b'it\'s', repr(b'\n'))
