lst = [0, 1, 2, 3, 4]
del lst[1]
del lst[-1]
del lst[0:1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C: pass
c = C()
c.x = 1
del c.x
try:
    del c.x
except AttributeError as e:
    print("AttributeError", e)
