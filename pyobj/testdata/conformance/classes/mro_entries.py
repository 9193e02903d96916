# PEP 560: a base that is not a class but has __mro_entries__ is replaced
# by the classes it returns; the class keeps the bases as written in
# __orig_bases__.
class Base(object):
    def hello(self):
        return 'hello from Base'


class Alias(object):
    def __init__(self, origin, arg):
        self.origin = origin
        self.arg = arg

    def __mro_entries__(self, bases):
        return (self.origin,)


a = Alias(Base, int)


class C(a):
    pass


print(C.__bases__ == (Base,), C().hello(), C.__orig_bases__[0] is a)


class D(Base):
    pass


print(hasattr(D, '__orig_bases__'))
