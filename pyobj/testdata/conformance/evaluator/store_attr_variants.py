import dataclasses, math
class S:
    __slots__ = ("x",)
s = S()
s.x = 1
for target, name in ((s, "x"), (1, "x"), (None, "a")):
    try:
        setattr(target, name, 2)
        print("set", name)
    except AttributeError as e:
        print("AttributeError", e)
class P:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v * 2)
p = P()
p.a = 5
print(p.a)
@dataclasses.dataclass(frozen=True)
class F:
    v: int
f = F(1)
try:
    f.v = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)
def fn(): pass
fn.tag = "t"
print(fn.tag)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 5
except AttributeError as e:
    print("AttributeError", e)
