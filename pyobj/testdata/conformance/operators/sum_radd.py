class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return self.__add__(o)
print(sum([V(1), V(2), V(3)]).x)
