class S:
    __slots__ = ("x",)
s = S()
s.x = 1
try:
    s.y = 2
    print("set y")
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "__dict__"))
