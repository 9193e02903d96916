class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('need int')
        setattr(obj, self.name, value)
class P:
    x = Typed()
    def __init__(self, x):
        self.x = x
p = P(3)
print(p.x, p._x)
try:
    p.x = 'a'
except TypeError as e:
    print(e)
