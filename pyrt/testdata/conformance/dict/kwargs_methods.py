# A function's **kwargs is gpython's StringDict: it has the dict methods too.
def f(**kw):
    a = kw.pop('a', None)
    z = kw.setdefault('z', 3)
    kw.update({'u': 1}, v=2)
    c = kw.copy()
    try:
        kw.pop('missing')
    except KeyError as e:
        print('KeyError', e)
    print(a, z, sorted(kw.items()), sorted(c), type(c))
    kw.clear()
    print(kw)
f(a=1, b=2)
def wrapper(*args, **kwargs):
    verbose = kwargs.pop('verbose', False)
    return verbose, kwargs
print(wrapper(1, verbose=True, x=1))
