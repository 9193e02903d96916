class Shape:
    def area(self):
        raise NotImplementedError
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print(Sq(3).area())
Shape().area()
