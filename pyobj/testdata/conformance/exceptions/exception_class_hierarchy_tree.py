class Base(Exception): pass
class NetErr(Base): pass
class Timeout(NetErr): pass
errs = [Base, NetErr, Timeout]
for a in errs:
    print(a.__name__, [b.__name__ for b in errs if issubclass(a, b)])
