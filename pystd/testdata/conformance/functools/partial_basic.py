from functools import partial

basetwo = partial(int, base=2)
print(basetwo('1010'), basetwo.func is int, basetwo.args, basetwo.keywords)
p = partial(pow, 2)
print(p(10), p, repr(partial(max, 1, 2, key=abs)))


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


g = partial(f, 1, d=5)
print(g(2), g(2, 3), g(2, d=9), g.args, g.keywords)
h = partial(g, 7)
print(h(), h.args, h.keywords, h.func is f)
print(list(map(partial(f, 0), [1, 2])))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
try:
    g()
except TypeError as e:
    print('TypeError', e)
print(partial(print, sep='-')('a', 'b'))
