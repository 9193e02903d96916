import json

records = [{'id': i, 'name': 'item%d' % i, 'price': round(i * 1.1, 2), 'tags': ['t%d' % j for j in range(i % 3)],
            'active': i % 2 == 0, 'parent': None if i == 0 else i - 1} for i in range(6)]
s = json.dumps(records)
print(s)
back = json.loads(s)
print(back == records, len(back), back[3])
pretty = json.dumps(records[:2], indent=4)
print(pretty)
print(json.loads(pretty) == records[:2])
config = {'model': {'layers': [64, 32], 'dropout': 0.25, 'activation': 'relu'},
          'train': {'epochs': 10, 'lr': 1e-3, 'schedule': None}}
text = json.dumps(config, indent=2)
print(text)
print(json.loads(text)['train']['lr'], json.loads(text) == config)
print(json.dumps(json.loads('{"unicode": "\\u00fc\\u00f1\\u00ee\\u00e7\\u00f8\\u0111\\u00e9"}'), ensure_ascii=False))
for v in [0.1 + 0.2, 1e22, 1e-5, 123e-20, 2 ** 63, -2 ** 63 - 1, 3.0, 1.5e300 * 1.5e300]:
    print(json.dumps(v), json.loads(json.dumps(v)) == v)
