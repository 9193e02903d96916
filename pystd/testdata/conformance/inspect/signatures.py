import functools
import inspect


def f(a, b=3, *args, c=5, d=4, **kw):
    pass


def g(x, y=None, z='s'):
    pass


def h(*, key):
    pass


async def coro(url, timeout=10.0):
    pass


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy=1):
        pass


for fn in (f, g, h, coro, Point, Point(1).move, Point.move, lambda q, *r: 0,
           functools.partial(g, 1), functools.partial(g, z='t')):
    sig = inspect.signature(fn)
    print(sig, repr(sig))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.default)
print(sig.return_annotation is inspect.Signature.empty, inspect.Parameter.empty)
print(list(sig.parameters), len(sig.parameters), 'c' in sig.parameters)
ba = sig.bind(1, 2, 5, 6, c=7, e=8)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = inspect.signature(g).bind(1)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 2}), ((1,), {'w': 2})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(inspect.signature(g).bind_partial(z=1))
P = inspect.Parameter
s = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
                       P('c', P.KEYWORD_ONLY, annotation=int, default=1)], return_annotation=str)
print(s, s.parameters['c'], s.parameters['c'].annotation)
print(s.replace(return_annotation=inspect.Signature.empty), P('x', P.VAR_KEYWORD))
try:
    inspect.Signature([P('b', P.KEYWORD_ONLY), P('a', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print('ValueError:', e)
try:
    P('1x', P.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError:', e)
print(inspect.signature(f) == inspect.signature(f), P('a', P.POSITIONAL_ONLY) == P('a', P.POSITIONAL_ONLY))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(m, n=2):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.getfullargspec(f))
print(str(P.KEYWORD_ONLY), repr(P.KEYWORD_ONLY), int(P.VAR_KEYWORD))
try:
    inspect.signature(3)
except TypeError as e:
    print('TypeError:', e)
