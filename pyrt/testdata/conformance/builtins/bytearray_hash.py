hash(bytearray())
