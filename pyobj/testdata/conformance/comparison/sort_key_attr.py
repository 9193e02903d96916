class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
ps = [P('b', 3), P('a', 1), P('c', 2)]
print([p.name for p in sorted(ps, key=lambda p: p.age)])
