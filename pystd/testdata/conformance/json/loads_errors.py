import json

docs = ['', ' ', '[1,]', '{"a":1,}', '{', '{"a"', '{"a":', '{"a":1', '[1 2]', '"abc', '"a\x01"', '"\\x"',
        '"\\u12"', '"\\u12zz"', '1.', '-', '01', 'nul', '{"a" 1}', '{1:2}', '["a\\', '"\\', 'tru', '[', '[1',
        '\n\n  [1,\n 2,,]', '\ufeff[]', '{"a":1}x', '[1] [2]', "{'a': 1}", '[.5]', '[+1]', '[1e]', '[0x10]',
        '"\t"', 'True', 'None', '{"a": nan}', '[\n1,\n2\n', '"\u00e9\u00e9" x']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)
for bad in [5, None, ['[]']]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads('[')
except ValueError as e:
    print('ValueError caught:', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.decoder.JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
