import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512']:
    h = getattr(hashlib, name)(b'hello world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest())
print(hashlib.md5('é'.encode()).digest())
print(hashlib.new('SHA1', b'abc').hexdigest(), hashlib.new('md5').hexdigest())
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError:', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError:', e)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.sha1(bytearray(b'data')).hexdigest())
