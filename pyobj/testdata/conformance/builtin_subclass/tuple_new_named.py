class Pair(tuple):
    def __new__(cls, a, b):
        return super(Pair, cls).__new__(cls, (a, b))
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p.first(), p[1], len(p))
