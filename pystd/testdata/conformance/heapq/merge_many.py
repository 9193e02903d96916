import heapq

a = [1, 4, 7, 10]
b = [2, 5, 8]
c = [0, 3, 6, 9, 12]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(['apple', 'fig'], ['banana', 'kiwi'], key=len)))
print(list(heapq.merge([3, 2, 1], [5, 0], reverse=True)))
m = heapq.merge([1, 3], [2])
print(next(m), next(m), list(m))
recs = [[(1, 'a'), (3, 'c')], [(1, 'b'), (2, 'z')]]
print(list(heapq.merge(*recs)))
print(list(heapq.merge([(1, 'a'), (1, 'x')], [(1, 'b')], key=lambda r: r[0])))
