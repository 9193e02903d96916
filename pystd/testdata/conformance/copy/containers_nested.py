import copy

grid = [[0] * 3 for _ in range(2)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(grid, shallow, deep)
matrix = {'rows': grid, 'meta': ('m', grid)}
m2 = copy.deepcopy(matrix)
print(m2['rows'] is m2['meta'][1], m2['rows'] is grid)
t = ([1], [2])
t2 = copy.deepcopy(t)
t2[0].append(5)
print(t, t2, type(t2).__name__)
s = {'a', 'b'}
d = {1: s, 2: s}
d2 = copy.deepcopy(d)
print(d2[1] is d2[2], d2[1] is s, sorted(d2[1]))
items = [{'k': i} for i in range(3)]
print(copy.deepcopy(items) == items, copy.deepcopy(items)[0] is items[0], copy.copy(items)[0] is items[0])
