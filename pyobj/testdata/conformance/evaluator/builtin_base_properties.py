# A builtin base's own properties read the builtin value from a subclass
# instance: int.real, float.imag, complex.real (the int one panicked in Go).
class I(int): pass
class F(float): pass
class Y(complex): pass
class S(str): pass
print(I(3).real, type(I(3).real).__name__, I(3).imag, I(6).numerator, I(6).denominator)
print(F(1.5).real, type(F(1.5).real).__name__, F(1.5).imag)
print(Y(1+2j).real, Y(1+2j).imag, type(Y(1j).real).__name__, Y(3+4j).conjugate())
e = ValueError("x")
class E(ValueError): pass
print(E("a").args, E("b").__traceback__, E(1, 2).args)
class L(list): pass
print(L([1, 2]).__class__.__name__, len(L([3])))
class D(dict): pass
d = D(a=1)
print(d.__class__.__name__, d["a"])
