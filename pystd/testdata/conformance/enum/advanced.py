from enum import Enum, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass)
print(round(Planet.EARTH.surface_gravity, 2), round(Planet.MERCURY.surface_gravity, 2))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal(2))
Fruit = Enum('Fruit', ['APPLE', 'PEAR'])
print(list(Fruit))
Num = Enum('Num', [('ONE', 1), ('TEN', 10)])
print(list(Num), Num(10))


class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FIRST = auto()
    SECOND = auto()


print(list(Ordered))


class Base(Enum):
    def label(self):
        return self.name.title()


class Sub(Base):
    A_B = 1


print(Sub.A_B.label(), list(Sub), issubclass(Sub, Base), issubclass(Sub, Enum))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    def __str__(self):
        return self.name.lower()

    def __repr__(self):
        return f'Coin({self.value})'


print(Coin.PENNY, repr(Coin.NICKEL), [Coin.PENNY])
counts = {}
for c in [Coin.PENNY, Coin.NICKEL, Coin.PENNY]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
