# Attribute names that code sets on exceptions do not become entries of
# the exception types: dir() and BaseException.__dict__ list only what
# CPython's types have, and NotImplemented takes no attribute.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = ValueError("x")
e.extra = 1
setattr(e, "other", 2)
AppError.level = 3
print(AppError(5).code, e.extra, e.other, AppError.level)
print(sorted(vars(e)))
for name in ["code", "extra", "other", "level"]:
    print(name, name in dir(BaseException), name in dir(ValueError), name in BaseException.__dict__, hasattr(ValueError("y"), name))
print("level" in AppError.__dict__, "level" in dir(AppError))
try:
    NotImplemented.extra = 1
except AttributeError as err:
    print("AttributeError:", err)
try:
    setattr(NotImplemented, "extra", 1)
except AttributeError as err:
    print("AttributeError:", err)
