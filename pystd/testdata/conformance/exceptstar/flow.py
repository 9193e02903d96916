def f(exc):
    log = []
    try:
        log.append("body")
        if exc is not None:
            raise exc
    except* ValueError as eg:
        log.append(("ValueError", len(eg.exceptions)))
    except* TypeError:
        log.append("TypeError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(f(None))
print(f(ValueError()))
print(f(ExceptionGroup("g", [ValueError(), ValueError(), TypeError()])))
try:
    f(ExceptionGroup("g", [ValueError(), OSError()]))
except ExceptionGroup as e:
    print("left over:", repr(e))

def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [ValueError(i)])
            yield i
        except* ValueError as eg:
            yield ("handled", eg.exceptions[0].args[0])

print(list(gen()))

class C:
    try:
        raise TypeError("in class")
    except* TypeError as eg:
        caught = str(eg.exceptions[0])
print(C.caught, sorted(n for n in vars(C) if "nbc" in n))

try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError:
    try:
        raise ExceptionGroup("nested", [KeyError(3)])
    except* KeyError as inner:
        print("nested handler", repr(inner))
except* TypeError:
    print("outer TypeError")
print(sorted(n for n in globals() if "nbc" in n))
