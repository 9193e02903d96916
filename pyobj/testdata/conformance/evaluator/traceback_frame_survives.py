def f(v):
    local_value = v
    raise ValueError(v)
errs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        errs.append(e)
for e in errs:
    print(e.__traceback__ is not None, e.args)
