import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', 'héllo wörld'.encode(), b'\x00\xff\xfe?>']:
    e = base64.b64encode(data)
    print(data, e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b16encode(data), base64.b32decode(base64.b32encode(data)) == data,
          base64.b16decode(base64.b16encode(data)) == data)
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVsbG8\ngd29y bGQ='), base64.b64decode('Pz4-', '-_'))
print(base64.urlsafe_b64decode('Pz4-_w=='), base64.standard_b64encode(b'xyz'), base64.encodebytes(bytes([120] * 100)))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b16decode('ff00', casefold=True))
for bad in ['abc', 'a', 'ab=c', '!!!!']:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), 'Error:', e)
for bad in ['YQ', 'a*==']:
    try:
        base64.b64decode(bad, validate=True)
    except binascii.Error as e:
        print(repr(bad), 'Error:', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError:', e)
try:
    base64.b16decode('0G')
except binascii.Error as e:
    print('Error:', e)
print(issubclass(binascii.Error, ValueError))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2),
      binascii.unhexlify('01abff'), binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.b2a_base64(b'hi'))
try:
    binascii.unhexlify('abc')
except binascii.Error as e:
    print('Error:', e)
