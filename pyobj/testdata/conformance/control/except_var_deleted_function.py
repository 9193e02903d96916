def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
