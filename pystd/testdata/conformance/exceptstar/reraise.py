eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])

def run(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", repr(e))
    else:
        print(label, "-> nothing")

def unmatched():
    try:
        raise eg
    except* OSError:
        pass

def bare():
    try:
        raise eg
    except* ValueError:
        raise

def partial():
    try:
        raise eg
    except* ValueError as g:
        print("  matched", repr(g))
        raise
    except* TypeError as g:
        print("  matched", repr(g))

def new_and_rest():
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("new")
    except* KeyError:
        raise

def two_new():
    try:
        raise eg
    except* ValueError:
        raise KeyError("k")
    except* (TypeError, KeyError):
        raise OSError("o")

def all_handled():
    try:
        raise eg
    except* ValueError:
        pass
    except* TypeError:
        pass
    except* KeyError:
        pass

def raise_other_group():
    try:
        raise eg
    except* TypeError:
        raise ExceptionGroup("sub", [ZeroDivisionError()])
    except* Exception:
        pass

for f in [unmatched, bare, partial, new_and_rest, two_new, all_handled, raise_other_group]:
    run(f.__name__, f)

try:
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("context")
except ExceptionGroup as e:
    print("context of the new one:", repr(e.exceptions[0].__context__))
