# A generator expression whose iterator raises propagates the exception
# (gpython's for loop would end the generator silently).


def g():
    yield 1
    yield 2
    raise ValueError("boom")


for consume in (list, tuple, sum, sorted, set, max):
    try:
        print(consume.__name__, consume(x for x in g()))
    except ValueError as e:
        print(consume.__name__, "raised", repr(e))

it = (x * 10 for x in g() if x)
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("next raised", e)
print(next(it, "exhausted"))

# Iterators that end normally, filters, several clauses, closures.
print(list(x for x in iter([3, 1, 2]) if x != 1))
print(list((x, y) for x in iter("ab") for y in range(2)))


def scaled(n, xs):
    return [v for v in (x * n for x in iter(xs))]


print(scaled(3, [1, 2]))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(any(x > 1 for x in g()))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("k")


try:
    print(list(x for x in Bad()))
except KeyError as e:
    print("KeyError", e)
