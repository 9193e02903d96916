class C:
    pass
for expr in (lambda: C().nope, lambda: C.nope, lambda: (1).nope, lambda: "s".nope, lambda: None.nope):
    try:
        expr()
    except AttributeError as e:
        print(e)
