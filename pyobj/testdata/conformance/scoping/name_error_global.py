def f():
    return undefined_name
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
