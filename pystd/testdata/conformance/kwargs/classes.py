# Keyword order in class constructors, dataclasses and namedtuples.
from dataclasses import dataclass
from collections import namedtuple


class Config:
    def __init__(self, name, **options):
        self.name = name
        self.options = options
        for key, value in options.items():
            setattr(self, key, value)

    def __repr__(self):
        return f'Config({self.name!r}, {self.options})'


c = Config('app', debug=True, port=8080, host='localhost')
print(c)
print(vars(c))


class Base:
    def __init__(self, **kwargs):
        print('Base got', kwargs)


class Child(Base):
    def __init__(self, x, **kwargs):
        print('Child got', x, kwargs)
        super().__init__(**kwargs)


Child(1, b=2, a=3)
Child(x=0, zz=1, aa=2)


class Both:
    def __new__(cls, *args, **kwargs):
        print('new', args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print('init', args, kwargs)


Both(1, y=2, x=3)


@dataclass
class Point:
    x: int
    y: int
    label: str = ''


print(Point(y=2, x=1), Point(label='p', y=5, x=4))

P = namedtuple('P', 'a b c')
print(P(c=3, a=1, b=2), P(1, c=3, b=2)._asdict())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta', name, kwargs)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        print('subclass', cls.__name__, kwargs)
        Plugin.registry[cls.__name__] = kwargs


class A(Plugin, name='a', priority=2):
    pass


class B(Plugin, priority=1, name='b', enabled=False):
    pass


print(Plugin.registry)
