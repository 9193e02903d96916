from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm))
print(list(cm), sorted(cm.items()), 'color' in cm)
cm['color'] = 'blue'
print(args, defaults)
child = cm.new_child()
child['x'] = 1
print(child, child.parents)
print(cm.get('nope', 0), dict(cm))
try:
    del cm['user2']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({})['k']
except KeyError as e:
    print('KeyError', e)
print(ChainMap())
