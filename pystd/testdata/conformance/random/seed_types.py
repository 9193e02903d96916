# Seeds of int subclasses are ints; other objects are refused.
import random


class MyInt(int):
    pass


random.seed(MyInt(42))
print(random.random())
random.seed(MyInt(-42))
print(random.random())
r = random.Random(MyInt(7))
print(r.randint(1, 100))
for bad in [object(), [1], {1: 2}, (1, 2), type(None)]:
    try:
        random.seed(bad)
        print("accepted", type(bad).__name__)
    except TypeError as e:
        print(type(e).__name__, type(bad).__name__)
