import itertools, operator, collections, functools
def noise(a, b, c, d):
    return [a, b, c, d]
def make():
    x, y = [1, 2], [3, 4]
    objs = {}
    objs["chain"] = itertools.chain(x, y)
    objs["product"] = itertools.product(x, y)
    objs["zip_longest"] = itertools.zip_longest(x, y, [5])
    objs["itemgetter"] = operator.itemgetter(1, 0)
    objs["attrgetter"] = operator.attrgetter("real", "imag")
    objs["methodcaller"] = operator.methodcaller("count", 1)
    objs["chainmap"] = collections.ChainMap({"a": 1}, {"b": 2})
    P = collections.namedtuple("P", "a b")
    objs["namedtuple"] = P(x, y)
    objs["partial"] = functools.partial(noise, x, y)
    objs["slice"] = slice(x[0], y[0])
    objs["enumerate"] = enumerate(y, x[1])
    objs["map"] = map(operator.add, x, y)
    objs["starmap"] = itertools.starmap(pow, [(2, 3), (3, 2)])
    objs["tuple"] = tuple(x)
    objs["super"] = None
    return objs
objs = make()
for i in range(20):
    noise(i, -i, "s", None)
print(list(objs["chain"]), list(objs["product"]), list(objs["zip_longest"]))
print(objs["itemgetter"]("xyz"), objs["attrgetter"](3 + 4j), objs["methodcaller"]([1, 1, 2]))
print(objs["chainmap"]["b"], objs["namedtuple"], objs["partial"](5, 6), objs["slice"])
print(list(objs["enumerate"]), list(objs["map"]), list(objs["starmap"]), objs["tuple"])
