import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1]
print(ns, repr(ns), ns == types.SimpleNamespace(a=1, b='x', c=[1]))
del ns.a
print(ns, vars(ns))
e = types.SimpleNamespace()
print(e)
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), dict(mp.items()))
try:
    mp['k'] = 2
except TypeError as err:
    print(type(err).__name__, err)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 1, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.NoneType, isinstance((x for x in []), types.GeneratorType))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), types.FunctionType.__name__)
