def outer(k):
    base = 10
    def add[T](x: T) -> T:
        return x + k + base
    class Acc[T]:
        def __init__(self):
            self.total = base
        def add(self, v: T):
            self.total += v * k
            return self
    type Alias = list
    return add(1), Acc().add(2).total, Alias.__value__
print(outer(3))
def counter():
    n = 0
    def bump[T](x: T) -> T:
        nonlocal n
        n += 1
        return n
    bump(1); bump(2)
    return n
print(counter())
