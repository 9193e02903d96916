# sys's struct sequences: reprs, fields, indexing, comparison as tuples.
import sys

for name in ['version_info', 'float_info', 'int_info', 'hash_info', 'thread_info']:
    v = getattr(sys, name)
    print(repr(v))
    print(str(v) == repr(v), len(v), type(v), type(v).n_fields, type(v).n_sequence_fields, type(v).n_unnamed_fields)
    print(type(v).__match_args__)
    print(tuple(v) == v, v == tuple(v), list(v)[:2], v[0], v[-1], v[1:3])
    print([getattr(v, f) for f in type(v).__match_args__] == list(v))

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
hi = sys.hash_info
print(hi.width, hi.modulus == 2**61 - 1, hi.inf, hi.nan, hi.algorithm)
print(hash(float('inf')) == hi.inf, hash(1j) == hi.imag, hash(2**61 - 1) == 0, hash(-1))
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info < (4,))
print(sys.version_info.major, sys.version_info.releaselevel, sys.hexversion == 0x030b07f0)
major, minor, *rest = sys.version_info
print(major, minor, rest)
print(hash(sys.thread_info) == hash(tuple(sys.thread_info)), sys.thread_info.name)
d = {sys.int_info: 'int'}
print(d[tuple(sys.int_info)])
try:
    sys.float_info[11]
except IndexError as e:
    print('IndexError', e)
match sys.version_info:
    case (3, 11, *_):
        print('3.11 by sequence pattern')
match sys.version_info:
    case x if x.major == 3:
        print('major', x.major)

# They are tuples.
import json
v = sys.version_info
print(isinstance(v, tuple), issubclass(type(sys.flags), tuple), type(v).__name__, type(v).__qualname__, type(v).__module__)
print(json.dumps(v), v.count(3), v.index(11), tuple(v), str(v))
print(v + (1,), (0,) + v, v * 2 == tuple(v) * 2, 2 * v == tuple(v) * 2)
print(3 in v, 'final' in v, 99 in v, bool(v))
print(sorted([sys.int_info, (1, 2)]))
print('%s.%s' % v[:2], '{}.{}'.format(*v), f'{v.major}.{v.minor}')
print(max(sys.float_info[:3]), v == (3, 11, 7, 'final', 0), v != sys.int_info, v[:2] > (3, 10))
for f in [lambda: setattr(v, 'major', 4), lambda: delattr(v, 'minor')]:
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
for f in [lambda: type(v)(), lambda: type(sys.float_info)((1,) * 11)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    v['major']
except TypeError as e:
    print('TypeError', e)
t = type(sys.float_info)
for args in [((1,) * 11,), ([2] * 11, {}), (), ((1,) * 3,), ((1,) * 12,), (5,)]:
    try:
        print(t(*args))
    except TypeError as e:
        print('TypeError', e)
print(type(sys.thread_info)(('a', 'b', 'c')).lock, type(sys.int_info)(range(4)))
