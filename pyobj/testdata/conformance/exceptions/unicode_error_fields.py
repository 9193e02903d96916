# Unicode errors carry (encoding, object, start, end, reason), read as
# attributes, and str() formats them as CPython does.
u = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'invalid start byte')
print(str(u)); print(repr(u))
u = UnicodeDecodeError('utf-8', b'\xffab', 0, 2, 'bad')
print(str(u))
v = UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'ordinal not in range(128)')
print(str(v)); print(v.object, v.start)
try:
    'h\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.args, e.start, e.reason)
try:
    b'a\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.args, e.start, e.end, e.reason, e.object)
try:
    b'a\xff'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.args, e.start, e.end, e.reason)
t = UnicodeTranslateError('ab\u20ac', 2, 3, 'no mapping')
print(str(t), t.encoding, t.object, t.start, t.end, t.reason)
print(str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'nope')), str(UnicodeDecodeError('x', b'', 0, 1, 'empty')))
print(str(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'emoji')), str(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'euro')))
for a in [(), ('a',), ('a','b',1,2,'r','x')]:
    try:
        UnicodeTranslateError(*a)
    except TypeError as e:
        print(e)
class MyUE(UnicodeDecodeError):
    pass
m = MyUE('utf-8', b'\xff', 0, 1, 'custom')
print(m, m.reason, type(m).__name__)
print(str(UnicodeDecodeError('utf-8 message only')), UnicodeDecodeError('utf-8 message only').start)
