import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('a')
print(p, q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None


root = Node(0)
child = Node(1)
child.parent = root
root.children.append(child)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is child, r2.children[0].v)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


s = copy.deepcopy(Slotted())
print(s.a, s.b)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('copy hook')
        return Hooks(self.v)

    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return Hooks(copy.deepcopy(self.v, memo))


h = Hooks([1])
print(copy.copy(h).v, copy.deepcopy(h).v is h.v)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.note = 'n'
m2 = copy.deepcopy(ml)
m3 = copy.copy(ml)
print(m2, type(m2).__name__, m2.note, m2[1] is ml[1], m3[1] is ml[1], m3.note)
