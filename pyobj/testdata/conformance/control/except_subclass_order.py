class A(Exception): pass
class B(A): pass
try:
    raise B("b")
except A as e:
    print("A caught", type(e).__name__)
except B:
    print("B caught")
