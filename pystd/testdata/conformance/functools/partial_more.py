from functools import partial, reduce
import operator

double = partial(operator.mul, 2)
print(double(21), list(map(double, range(4))))
print(repr(partial(max, 2)), repr(partial(int, '10', base=2)))
p = partial(sorted, key=len)
print(p(['ccc', 'a', 'bb']), p(['x', 'yy'], reverse=True))
print(partial(partial(pow, 2), 5)())
add3 = partial(reduce, operator.add)
print(add3([1, 2, 3]), add3(['a', 'b'], 'z'))
q = partial(dict, a=1)
print(q(b=2) == {'a': 1, 'b': 2}, q(a=5))
try:
    partial()
except TypeError as e:
    print('TypeError', type(e).__name__)


class Greeter:
    def hello(self, greeting, name):
        return f'{greeting}, {name}'


g = Greeter()
hi = partial(g.hello, 'Hi')
print(hi('Bo'), hi.args, hi.keywords)
