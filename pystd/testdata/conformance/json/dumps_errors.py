import json


class Thing:
    pass


cyclic = []
cyclic.append(cyclic)
cyclic_dict = {}
cyclic_dict['self'] = cyclic_dict
cases = [
    lambda: json.dumps(Thing()),
    lambda: json.dumps({'a': {1, 2}}),
    lambda: json.dumps([b'bytes']),
    lambda: json.dumps(1 + 2j),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({Thing(): 3}),
    lambda: json.dumps(cyclic),
    lambda: json.dumps(cyclic_dict),
    lambda: json.dumps(float('nan'), allow_nan=False),
    lambda: json.dumps([float('inf')], allow_nan=False),
    lambda: json.dumps({float('-inf'): 1}, allow_nan=False),
    lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True),
    lambda: json.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True),
    lambda: json.dumps({(1,): 2}, skipkeys=True, sort_keys=True),
    lambda: json.dumps([1, 2], separators=(',',)),
    lambda: json.dumps(object, default=str),
    lambda: json.dumps(Thing(), default=lambda o: o),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps([[]] * 3), json.dumps({'a': [1], 'b': [1]}))
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))
