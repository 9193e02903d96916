# Method calls, attribute reads and writes and instance creation on a user
# class, without operator dunders (so bare gpython runs it correctly too).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


p = Point(0, 0)
q = Point(1, 2)
acc = 0
for i in range(300000):
    p = p.moved(1, -1)
    acc += p.dot(q)
    q.x = i & 3
print(p.x, p.y, acc)
