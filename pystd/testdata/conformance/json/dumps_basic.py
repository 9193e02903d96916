import json

values = [None, True, False, 0, -1, 10 ** 30, 1.0, -0.0, 0.1, 1e16, 1e-7, 123456789.125, 2.5e-300, 1 / 3,
          float('inf'), float('-inf'), float('nan'), '', 'plain', 'quote " backslash \\ slash /',
          'ctl \n \r \t \b \f \x00 \x1f \x7f', 'caf\u00e9 \u20ac \U0001f600', [], {}, (), [1, [2, [3]]],
          (1, 'a'), {'k': 'v'}, {'nested': {'list': [1, 2, {'x': None}]}}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n', 'pi': 3.14}))
print(json.dumps({float('nan'): 1, float('inf'): 2, -0.0: 3, 10 ** 20: 4}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': [3, 2, 1]}}, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': 1}, separators=(' ; ', ' = ')))
print(json.dumps('\u2028\u2029\ud7ff\ue000\uffff'), json.dumps('<script>&'))
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), {MyInt(3): MyStr('x')}]))
