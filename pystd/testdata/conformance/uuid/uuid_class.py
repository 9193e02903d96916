import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe)
for kw in [dict(hex='12345678123456781234567812345678'),
           dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
           dict(bytes=b'\x12\x34\x56\x78\x12\x34\x56\x78\x12\x34\x56\x78\x12\x34\x56\x78'),
           dict(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
           dict(int=0x12345678123456781234567812345678)]:
    print(uuid.UUID(**kw) == u, uuid.UUID(**kw))
v4 = uuid.UUID(int=0, version=4)
print(v4, v4.version, v4.variant)
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).variant,
      uuid.UUID(int=0xc000 << 48).variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/é'))
for f in (uuid.uuid3, uuid.uuid5):
    try:
        f(uuid.NAMESPACE_URL, b'x')
    except TypeError as e:
        print('TypeError:', e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'a').version, uuid.uuid3(uuid.NAMESPACE_DNS, 'a').version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, sorted([b, a]), hash(a) == hash(1), int(b))
print({a: 1}[uuid.UUID(int=1)], a == 1, str(a))
try:
    a.x = 1
except TypeError as e:
    print('TypeError:', e)
for bad in [dict(hex='123'), dict(int=-1), dict(bytes=b'abc'), dict(int=0, version=6),
            dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0))]:
    try:
        uuid.UUID(**bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    uuid.UUID()
except TypeError as e:
    print('TypeError:', e)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in '89ab')
print(len({uuid.uuid4() for _ in range(100)}))
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
n = uuid.getnode()
print(0 <= n < 1 << 48, n == uuid.getnode())
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value)
