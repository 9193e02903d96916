from collections import deque


def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(maxlen=n)
    for _ in range(n - 1):
        d.append(next(it))
    for x in it:
        d.append(x)
        yield sum(d) / n


print(list(moving_average([40, 30, 50, 46, 39, 44])))
q = deque()
q.append(('A', 0))
seen = {'A'}
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': [], 'E': ['A']}
order = []
while q:
    node, depth = q.popleft()
    order.append((node, depth))
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.append((nxt, depth + 1))
print(order)
d = deque(range(10))
d.rotate(3)
print(d, d[3], d[-2], len(d))
print(list(d)[::3], sorted(d) == list(range(10)))
r = deque('abc')
r.extendleft('xyz')
print(r, ''.join(r), r.count('a'))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), bool(deque()))
print(type(d).__name__, isinstance(d, deque), repr(deque([deque([1])])))
