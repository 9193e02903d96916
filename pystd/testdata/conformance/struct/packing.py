import struct

tests = [('b', 200), ('B', -1), ('h', 40000), ('<h', 40000), ('H', -1), ('<H', 70000), ('i', 2**31),
         ('<i', 2**31), ('I', -1), ('I', 2**32), ('<I', 2**32), ('l', 2**63), ('<l', 2**31), ('q', 2**63),
         ('<Q', -1), ('n', 2**63), ('?', 5), ('f', 'x'), ('i', 1.5), ('c', b'ab'), ('s', 'x'),
         ('e', 1e10), ('f', 1e300), ('<f', 1e300), ('>q', -2), ('<Q', 2**64 - 1), ('!H', 258),
         ('e', 1.5), ('e', 65504.0), ('e', 1e-7), ('e', -0.0), ('<e', 0.1), ('>d', 3.141592653589793),
         ('<f', 0.1), ('?', []), ('c', b'Z'), ('i', True), ('>I', 1)]
for f, v in tests:
    try:
        b = struct.pack(f, v)
        print(f, v, b, struct.unpack(f, b))
    except (struct.error, OverflowError) as e:
        print(f, v, type(e).__name__, e)
for f in ['2i', 'ii']:
    try:
        struct.pack(f, 1)
    except struct.error as e:
        print('error', e)
for f, b in [('i', b'ab'), ('<h', b'\x01\x00\x02')]:
    try:
        struct.unpack(f, b)
    except struct.error as e:
        print('error', e)
for f in ['y', '<n', '3', '<P']:
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(repr(f), 'error', e)
print([struct.calcsize(f) for f in ['@ci', '@ic', '<ci', '@cq', '@lL', '<lL', 'P', '5s3x2h', 'hhl', '@bd', '=bd', '0s', '3?']])
print(struct.pack('>I', 1), struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('2s', b'x'))
print(struct.unpack('<2hd', struct.pack('<2hd', 1, -2, 3.5)), struct.unpack('5p', b'\x02abcd'))
print(struct.pack('@ci', b'a', 7), struct.pack('<ci', b'a', 7), struct.pack('>hhl', 1, 2, 3), struct.pack('@hhl', 1, 2, 3))
s = struct.Struct('<I2sf')
print(s.size, s.format, s.pack(10, b'ok', 2.5), s.unpack(s.pack(10, b'ok', 2.5)))
print(repr(s).startswith('<_struct.Struct object at 0x'), struct.error, issubclass(struct.error, Exception))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', 2))
try:
    struct.unpack_from('<i', b'abc', 1)
except struct.error as e:
    print('error', e)
header = struct.pack('!4sHHI', b'NBCK', 1, 2, 123456)
print(header, len(bytearray(header)), struct.unpack('!4sHHI', header))
for v in [1.0, -2.5, 1e-5, 6.1e-5, 65519.0, 65520.0, float('inf'), float('-inf')]:
    try:
        print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)))
    except OverflowError as e:
        print(v, 'OverflowError', e)
print(struct.unpack('<e', b'\x00\x7e')[0] != struct.unpack('<e', b'\x00\x7e')[0])
