class I(int):
    def __add__(self, o):
        return "I.add"
    def __lt__(self, o):
        return "I.lt"
    def __eq__(self, o):
        return "I.eq"
    __hash__ = int.__hash__
a = I(3)
print(a + 1, a < 1, a == 3, 1 + a, 1 < a)
x = 1
x += a
print(x)
