e = ValueError(1)
e.add_note("hello")
e.add_note("world")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
f = KeyError("k")
print(hasattr(f, "__notes__"))
try:
    f.__notes__
except AttributeError as x:
    print(x)
class MyErr(Exception):
    pass
m = MyErr("m")
m.add_note("n")
print(m.__notes__)
try:
    raise ExceptionGroup("g", [e])
except* ValueError as g:
    g.add_note("group note")
    print(g.__notes__, g.exceptions[0].__notes__)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("copied to parts")
a, b = eg.split(ValueError)
print(a.__notes__, b.__notes__)
v = ValueError(5)
v.add_note("leaf")
try:
    raise v
except* ValueError as g:
    print(hasattr(g, "__notes__"), g.exceptions[0].__notes__)
