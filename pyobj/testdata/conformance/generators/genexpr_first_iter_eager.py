try:
    g = (x for x in 5)
except TypeError as e:
    print("eager:", e)
def bad():
    raise ValueError("late")
g = (bad() for _ in range(1))
print("created lazily")
try:
    next(g)
except ValueError as e:
    print("late:", e)
