import json
from datetime import date, datetime


def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    if hasattr(o, '__dict__'):
        return vars(o)
    raise TypeError('cannot serialize %r' % (o,))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(json.dumps({'when': date(2024, 1, 2), 'at': datetime(2024, 1, 2, 3, 4, 5), 'ids': {3, 1, 2}}, default=default))
print(json.dumps([Point(1, 2), Point(3, {'z': Point(4, 5)})], default=default))
try:
    json.dumps(1j, default=default)
except TypeError as e:
    print(type(e).__name__, e)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps([1j, Point(1, 2)], cls=Encoder))
print(json.dumps({'p': Point(0, 0)}, cls=Encoder, indent=1))
print(Encoder().encode(2 + 3j), Encoder(sort_keys=True).encode({'b': 1j, 'a': 1}))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(indent=2, separators=(',', ': '))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys, enc.ensure_ascii)
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})), json.JSONEncoder().encode('x\u00ff'))
print(json.JSONEncoder(ensure_ascii=False).encode('x\u00ff'))
