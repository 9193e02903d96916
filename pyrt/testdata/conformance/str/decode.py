print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
