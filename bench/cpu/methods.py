# Method calls on user classes and operator dispatch.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

v = Vec(0, 0)
step = Vec(1, -2)
acc = 0
for i in range(400000):
    v = v + step
    acc += v.norm1()
print(v.x, v.y, acc)
