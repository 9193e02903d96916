import json

data = {'name': 'Widget', 'tags': ['a', 'b'], 'dims': {'w': 1.5, 'h': 2}, 'empty_list': [], 'empty_dict': {},
        'nested': [[1, 2], [], [{}], {'deep': [None]}]}
for indent in [None, 0, 1, 2, 4, '\t', '--', '']:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent=2, separators=(', ', ': ')))
print(json.dumps(data, indent=3, separators=(',', '=')))
print(json.dumps([1, 'x'], indent=2, ensure_ascii=False))
print(json.dumps(5, indent=2), json.dumps('s', indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
