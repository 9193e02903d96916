class Bad:
    def __bool__(self):
        raise ValueError("no truth")
b = Bad()
for name, f in (("not", lambda: not b), ("and", lambda: b and 1), ("or", lambda: b or 1), ("if", lambda: 1 if b else 2), ("while", lambda: [0 for _ in range(1) if b]), ("assert", lambda: exec("assert b", {"b": b})), ("bool", lambda: bool(b))):
    try:
        f()
        print(name, "no error")
    except ValueError as e:
        print(name, "ValueError", e)
class WrongType:
    def __bool__(self): return 1
try:
    if WrongType():
        pass
except TypeError as e:
    print("TypeError", e)
