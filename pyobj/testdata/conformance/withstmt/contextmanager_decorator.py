from contextlib import contextmanager
@contextmanager
def cm(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("exit", name)
with cm("a") as v:
    print("body", v)
with cm("b"):
    raise ValueError("oops")
print("after")
