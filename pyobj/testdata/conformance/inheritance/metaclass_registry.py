registry = []
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls
class Base(metaclass=Meta): pass
class X(Base): pass
class Y(Base): pass
print(registry)
