import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def hook(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


doc = '{"points": [{"x": 1, "y": 2}, {"x": 3.5, "y": -1}], "meta": {"n": 2, "x": 0}}'
print(json.loads(doc, object_hook=hook))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_hook=hook, object_pairs_hook=lambda p: dict(reversed(p))))
print(json.loads('[1.5, 2, 3e2]', parse_float=str), json.loads('[1.5, 2, 3e2]', parse_int=float))
print(json.loads('[1.10, 2]', parse_float=lambda s: 'F(' + s + ')', parse_int=lambda s: 'I(' + s + ')'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C:' + s))
print(json.loads('"a\tb\nc"', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads('[NaN]', parse_constant=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d['missing'])
except KeyError as e:
    print(type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('xx{"a": 1}', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Decoder), Decoder().decode('[{"c": null}]'))
print(json.loads('{"a": 1.5}', cls=Decoder, parse_float=lambda s: s + '!'))
