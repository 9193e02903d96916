def g(n):
    print("body starts")
    yield n
def call(f, *a):
    return f(*a)
it = g(1)
print("made")
print(next(it))
it2 = call(g, 2)
print(next(it2))
