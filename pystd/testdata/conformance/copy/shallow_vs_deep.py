import copy

original = {'list': [1, 2], 'nested': {'x': [3]}, 'tuple': (4, [5])}
sh = copy.copy(original)
dp = copy.deepcopy(original)
original['list'].append(99)
original['nested']['x'].append(98)
original['tuple'][1].append(97)
original['new'] = 0
print(original)
print(sh)
print(dp)
print(sh['list'] is original['list'], dp['list'] is original['list'], 'new' in sh)
lst = [[1], [2]]
print(copy.copy(lst) == lst, copy.copy(lst) is lst, lst[:] == copy.copy(lst), list(lst)[0] is lst[0])
