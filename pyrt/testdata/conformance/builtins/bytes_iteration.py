# Builtins that iterate a bytes object see its ints, as CPython's do.
b = b'hello'
print(sum(b), sum(b, 10), sorted(b), sorted(b, reverse=True))
print(sorted(set(b)), len(set(b)), sorted(frozenset(b)))
print(list(enumerate(b)), list(enumerate(b, 1)))
print(list(zip(b, b'ab')), dict(zip(b'ab', b'cd')), list(zip(*[b'ab', b'cd'])))
print(list(map(lambda x: x + 1, b)), list(map(int, b'12')), list(map(max, b'ab', b'ba')))
print(list(filter(None, b'a\x00b')), list(filter(lambda c: c > 104, b)))
print(list(b), tuple(b), max(b), min(b), max(b, key=lambda x: -x), min(b'', default=7))
print(any(b), all(b), any(b''), all(b''), all(b'\x00a'), any(b'\x00'))
print(list(reversed(b)), bytes(reversed(b)), dict.fromkeys(b'ab'))
print(''.join(map(chr, b'hi')), max(b'ab', b'b'), sorted([b'b', b'a']))
print(sum(bytearray(b'ab')), sorted(bytearray(b'ba')), list(enumerate(bytearray(b'x'))))
for bad in (lambda: sum(b'a', ''), lambda: min(b''), lambda: ''.join(b'ab')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
    except ValueError as e:
        print('ValueError', e)
