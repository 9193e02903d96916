print(list(map(str.upper, ['a', 'b'])), sorted(['b', 'A', 'c'], key=str.lower))
print(str.join('-', ['x', 'y']), str.upper)
l = []
list.append(l, 1)
print(l, dict.get(dict(a=2), 'a'), dict.pop(dict(k=3), 'k'), set.union(set([1]), [2]))
print(int.bit_length(255), float.is_integer(2.0), tuple.count((1, 1), 1), bytes.hex(b'\x01'))
try:
    str.upper(1)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
print(dict.fromkeys('ab'))
