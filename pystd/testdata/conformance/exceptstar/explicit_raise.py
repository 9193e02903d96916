eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg
    except* ValueError as g:
        raise g
except BaseException as e:
    print("explicit raise g:", repr(e))
try:
    try:
        raise KeyboardInterrupt
    except* Exception:
        pass
except BaseException as e:
    print("naked base:", repr(e))
def f():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as g:
        e = g
    return e
print(repr(f()))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        raise g.exceptions[0]
except BaseException as e:
    print("leaf raise:", repr(e))
try:
    try:
        raise ValueError(9)
    except* ValueError as g:
        raise g
except BaseException as e:
    print("naked explicit raise:", repr(e))
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError as g:
    pass
try:
    print(g)
except NameError as e:
    print("NameError:", e)
