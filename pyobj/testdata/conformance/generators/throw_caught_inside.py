def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
it = g()
next(it)
print(it.throw(ValueError("x")))
print(it.throw(ValueError, "y"))
