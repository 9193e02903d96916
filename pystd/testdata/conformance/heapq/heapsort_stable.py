import heapq


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
data = list(range(20, 0, -3))
heapq.heapify(data)
print(data)
for v in [7, 100, -5]:
    print(heapq.heapreplace(data, v), data)
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(4, 'hello world'))
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
print(heapq.nsmallest(2, pairs), heapq.nlargest(2, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 1, 2], [1, 3], key=lambda x: x)))
