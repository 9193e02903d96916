def f(a, b, c): pass
for args in [(), (1,), (1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
