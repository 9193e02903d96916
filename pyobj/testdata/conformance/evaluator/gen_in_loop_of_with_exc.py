def g():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("caught at", i)
            continue
it = g()
print(next(it))
print(it.throw(ValueError))
print(it.throw(ValueError))
print(next(it, "end"))
