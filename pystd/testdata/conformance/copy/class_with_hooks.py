import copy


class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)

    def __copy__(self):
        new = Vector()
        new.coords = self.coords
        return new

    def __deepcopy__(self, memo):
        new = Vector()
        memo[id(self)] = new
        new.coords = copy.deepcopy(self.coords, memo)
        return new

    def __repr__(self):
        return f'Vector{tuple(self.coords)}'


v = Vector(1, 2)
a = copy.copy(v)
b = copy.deepcopy(v)
v.coords.append(3)
print(v, a, b)
pair = [v, v]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is v)


class Registry:
    instances = []

    def __init__(self, name):
        self.name = name
        self.children = []
        Registry.instances.append(name)


r = Registry('root')
r.children.append(Registry('leaf'))
r2 = copy.deepcopy(r)
print(Registry.instances, r2.name, r2.children[0].name, r2.children[0] is r.children[0])
