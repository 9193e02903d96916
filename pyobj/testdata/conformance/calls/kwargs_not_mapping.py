def f(**kw): return kw
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
