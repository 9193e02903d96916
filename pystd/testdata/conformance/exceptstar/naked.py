try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__)
    print("leaf is the original:", type(eg.exceptions[0]).__name__, eg.exceptions[0])

try:
    try:
        raise KeyError("x")
    except* ValueError:
        print("not run")
except KeyError as e:
    print("unmatched naked exception propagates unwrapped:", repr(e))

try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("k")
except KeyError as e:
    print("a naked exception raised in the clause stays naked:", repr(e))

try:
    raise KeyboardInterrupt()
except* KeyboardInterrupt as eg:
    print("base exception:", type(eg).__name__)
