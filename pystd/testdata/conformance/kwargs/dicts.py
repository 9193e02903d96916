# **kwargs into dict(), {**kw}, Counter, partial, print and f-strings.
import functools
from collections import Counter, OrderedDict


def collect(**kw):
    return kw


kw = collect(banana=3, apple=1, cherry=2)
print(kw, type(kw).__name__, len(kw))
print(f'{kw}', str(kw), repr(kw))
print(dict(**kw), {**kw}, {**kw, 'date': 4}, dict(kw, elder=5))
print(dict(b=1, a=2, c=3), dict([('z', 0)], y=1, x=2))
print(list(kw.items()), [k for k in kw])
print(Counter(**kw), Counter(b=1, a=1, c=1))
print(Counter(kw).most_common())
print(OrderedDict(b=1, a=2), OrderedDict([('y', 0)], x=1, w=2))
print(collect(**kw) == kw, collect(**kw))
kw2 = dict(kw)
kw2.pop('apple')
print(collect(**kw2, apple=0))


def show(a, b, c=0, **rest):
    return f'a={a} b={b} c={c} rest={rest}'


p = functools.partial(show, b=2, a=1)
print(functools.partial(dict, b=2, a=1), functools.partial(collect, b=2, a=1)(c=0))
print(p(z=26, y=25))
print(p.keywords)
q = functools.partial(collect, y=1, x=2)
print(q(w=3), q(x=0))


def gen(**kw):
    for item in kw.items():
        yield item


print(list(gen(k2=2, k1=1, k3=3)))
for k, v in gen(second=2, first=1):
    print(k, v)

print(collect(), collect(only=1))
