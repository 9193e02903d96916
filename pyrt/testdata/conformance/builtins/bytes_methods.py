b = b'Hello World'
print(b.upper(), b.lower(), b.split(), b.hex(), b'-'.join([b'a', b'b']))
