def f():
    return dynamic
globals()["dynamic"] = "from globals()"
print(f())
g = globals()
g["dynamic"] = "changed"
print(f(), dynamic)
del g["dynamic"]
try:
    f()
except NameError as e:
    print(e)
