def f(*a, **k):
    print(a, sorted(k.items()))
f(1, **__nbc_kw(__nbc_dict('b', 2, 'a', 1)))
f(**__nbc_kw(dict([('z', 0)])))
