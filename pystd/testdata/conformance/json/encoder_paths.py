# Values of exact builtin types are encoded in Go, the others in Python:
# mixtures of both, with indents, sorting and circular references.
import json
class L(list): pass
class D(dict): pass
class S(str): pass
class P:
    def __init__(self, v): self.v = v
data = {'a': L([1, D(x=[1, 2], y={}), P(3)]), S('k'): [P([P(1)])], 'z': (1, [2, {'q': None}])}
print(json.dumps(data, default=lambda o: {'P': o.v}))
print(json.dumps(data, default=lambda o: {'P': o.v}, indent=2))
print(json.dumps(data, default=lambda o: {'P': o.v}, indent='\t', sort_keys=True))
p = P(None)
p.v = [p]
try:
    json.dumps(p, default=lambda o: o.v)
except ValueError as e:
    print(e)
x = []
x.append({'a': x})
try:
    json.dumps(x)
except ValueError as e:
    print(e)
deep = []
for i in range(50):
    deep = [deep]
print(len(json.dumps(deep)))
try:
    json.dumps(x, check_circular=False)
except RecursionError as e:
    print('RecursionError')
