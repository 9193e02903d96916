import json

docs = ['null', 'true', 'false', '0', '-0', '-0.0', '1', '-12', '1.5', '1e5', '1E-2', '2.5e+3', '-1.25E+10',
        '123456789012345678901234567890', '1e400', '-1e400', '0.1', '1.7976931348623157e308', '5e-324',
        'NaN', 'Infinity', '-Infinity', '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"',
        '"\\ud83d\\ude00"', '"caf\u00e9 \U0001f600"', '[]', '{}', '[1, [2, [3, []]]]',
        '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', ' \t\n\r [ 1 , 2 ] \n ', '{"a": 1, "a": 2}',
        '{"b": 1, "a": 2, "c": 3}', '[1.0, 2.50, 100.0e0]', '{"": ""}', '{"k": {"k": {"k": {}}}}']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), 'int' if isinstance(v, int) and not isinstance(v, bool) else type(v).__name__)
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'[3]')), json.loads('\ufeff'.encode('utf-8') + b'[4]'))
print(json.loads(json.dumps({'round': ['trip', 1.5, None, {'x': [1e100]}]})))
v = json.loads('{"z": 1, "y": 2, "x": 3}')
print(list(v), list(v.values()))
