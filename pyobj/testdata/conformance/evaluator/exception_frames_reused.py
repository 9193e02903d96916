def fail(n):
    x = n * 2
    raise ValueError(x)
def ok(n):
    y = n + 1
    return y
errs = []
for i in range(5):
    try:
        fail(i)
    except ValueError as e:
        errs.append(e)
    ok(i)
print([e.args for e in errs])
