def f(*a, **k):
    print(a, sorted(k.items()))
__nbc_call(f, (1,), __nbc_star([2, 3]), __nbc_dict('x', 1))
