# iter(): bytes, the two-argument form with any callable, CPython's messages.
it = iter(b'ab')
print(next(it), list(it))
print(list(iter([1, 2])), list(iter('xy')))
n = [0]
def count():
    n[0] += 1
    return n[0]
print(list(iter(count, 4)))
print(list(iter(int, 0)), list(iter(lambda: 1, 1)))  # a type is callable too
for args in [(), (1, 2, 3), (1,), (1, 2)]:
    try:
        iter(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    iter([], x=1)
except TypeError as e:
    print('TypeError', e)
