class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.func(obj)
        obj.__dict__[self.name] = v
        return v
class A:
    calls = 0
    @Lazy
    def expensive(self):
        A.calls += 1
        return 99
a = A()
print(a.expensive, a.expensive, A.calls)
