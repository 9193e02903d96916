from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError
@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("inside with")
except StopIteration as e:
    print("StopIteration", e)
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with ExitStack() as st:
    st.callback(print, "callback 1")
    st.callback(print, "callback 2")
    print("in stack")
