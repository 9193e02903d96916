import io

b = io.BytesIO()
print(b.write(b'hello '), b.write(bytearray(b'world\n')), b.write(b'second line\nthird'))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read(1), b.readline(), b.readlines())
print(b.read(), b.tell())
b.seek(3)
b.write(b'LO')
print(b.getvalue())
b.seek(40)
b.write(b'!')
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.seek(2, 1))
for line in io.BytesIO(b'a\nb\n\nc'):
    print(line)
r = io.BytesIO(b'\x00\xffdata')
print(r.read(2), r.read(100), r.read(), r.readline())
buf = bytearray(4)
r.seek(0)
print(r.readinto(buf), buf)
with io.BytesIO(b'x') as f:
    print(f.readable(), f.writable(), f.seekable(), f.closed)
print(f.closed)
for call in (f.read, f.getvalue, lambda: f.write(b'a')):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
try:
    io.BytesIO().write('text')
except TypeError as e:
    print('TypeError:', e)
try:
    io.BytesIO('text')
except TypeError as e:
    print('TypeError:', e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)
print(io.BytesIO(b'abc').read(None), io.BytesIO(None).getvalue())
print(repr(io.BytesIO()).startswith('<_io.BytesIO object at 0x'))
print(io.BytesIO('é'.encode()).read().decode())
