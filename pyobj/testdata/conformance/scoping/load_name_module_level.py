print(len("ab"))
len = lambda x: "shadow"
print(len("ab"))
del len
print(len("ab"))
try:
    print(undefined_thing)
except NameError as e:
    print(e)
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
my_builtin = "global wins"
print(my_builtin)
del my_builtin
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
class C:
    print(len("abc"))
    len = 7
    print(len)
    x = "no"
print(C.len)
g = {}
exec("r = len('xyz')\nq = abs(-2)", g)
print(g["r"], g["q"], "__builtins__" in g)
