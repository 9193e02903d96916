eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), "|", eg.message, "|", eg.exceptions)
print(eg.args[0], type(eg.args[1]).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
match, rest = eg.split(ValueError)
print("split:", repr(match), repr(rest))
print("split all:", repr(eg.split(Exception)))
print("split none:", repr(eg.split(OSError)))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print("subgroup tuple:", repr(eg.subgroup((TypeError, KeyError))))
print("subgroup self:", eg.subgroup(lambda e: e is eg) is eg)
print("derive:", repr(eg.derive([OSError(5)])))
print(repr(BaseExceptionGroup("auto", [ValueError()])), repr(BaseExceptionGroup("base", [KeyboardInterrupt()])))
print(str(ExceptionGroup("one", [ValueError()])))

for args in [("x", [KeyboardInterrupt()]), ("x", []), ("x", [1]), (1, [ValueError()]), ("x", None)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(g), repr(g.split(TypeError)))
try:
    raise g
except* TypeError as e:
    print("handler got", type(e).__name__, repr(e))
except* ValueError as e:
    print("handler got", type(e).__name__, repr(e))
