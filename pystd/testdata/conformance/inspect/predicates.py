import asyncio
import inspect


def simple_coro2(a):
    print('-> Start: a = ', a)
    b = yield a
    print('-> Received b = ', b)
    c = yield a + b
    print('-> Received c = ', c)


my_coro2 = simple_coro2(14)
print(inspect.getgeneratorstate(my_coro2))
print(next(my_coro2))
print(inspect.getgeneratorstate(my_coro2))
print(my_coro2.send(28))
try:
    my_coro2.send(99)
except StopIteration:
    print('StopIteration')
print(inspect.getgeneratorstate(my_coro2))
g = simple_coro2(1)
next(g)
g.close()
print(inspect.getgeneratorstate(g))


def gen_self():
    yield inspect.getgeneratorstate(me)


me = gen_self()
print(next(me))


async def fetch(url, *, retries=3):
    await asyncio.sleep(0)
    return url


async def agen():
    yield 1


def plain(x):
    return x


class Widget:
    """A widget.

        Indented more.
    Back.
    """

    size = 3

    def method(self):
        pass

    @property
    def prop(self):
        return 1


w = Widget()
for name, obj in [('fetch', fetch), ('agen', agen), ('plain', plain), ('simple_coro2', simple_coro2),
                  ('Widget', Widget), ('w.method', w.method), ('len', len), ('inspect', inspect),
                  ('lambda', lambda: 0)]:
    print(name, inspect.isfunction(obj), inspect.iscoroutinefunction(obj),
          inspect.isgeneratorfunction(obj), inspect.isasyncgenfunction(obj), inspect.isclass(obj),
          inspect.ismethod(obj), inspect.ismodule(obj), inspect.isbuiltin(obj), inspect.isroutine(obj))
co = fetch('u')
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.iscoroutine(plain), inspect.isgenerator(me),
      inspect.isgenerator([]))
print(asyncio.run(co))
print(inspect.getdoc(Widget))
print(repr(inspect.cleandoc('\n    first\n      second\n    third\n\n')))
print(inspect.getdoc(plain), inspect.getdoc(Widget.method))
print([n for n, v in inspect.getmembers(Widget) if not n.startswith('__')])
print(inspect.getmembers(w, inspect.ismethod)[0][0], [n for n, v in inspect.getmembers(Widget, inspect.isfunction)])
print(inspect.getmro(Widget)[0].__name__, inspect.unwrap(plain) is plain)
