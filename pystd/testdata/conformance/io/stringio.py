import io, json
s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
t = io.StringIO('a\nb\nc')
print(list(t), t.readlines(), t.seek(0), t.readlines(), t.seek(0, 2), t.read())
with io.StringIO('x') as u:
    print(u.read(), u.closed)
print(u.closed)
for f in [lambda: u.read(), lambda: io.StringIO().write(5), lambda: io.StringIO(5), lambda: io.StringIO().seek(-1),
          lambda: io.StringIO('ab').seek(1, 1), lambda: io.StringIO().fileno()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"k": true}')))
print(io.StringIO('a\r\nb', newline=None).read().split('\n'), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
print(type(io.StringIO()).__name__, io.StringIO.__module__, io.open is open)
w = io.StringIO()
print('to buffer', 42, file=w)
print(repr(w.getvalue()))
