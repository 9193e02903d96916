g = 1
del g
try:
    g
except NameError as e:
    print(e)
def f():
    global h
    h = 2
    del h
f()
print("h" in globals())
