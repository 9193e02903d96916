import heapq

h = []
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(h, -x)
print(h, [-heapq.heappop(h) for _ in range(3)])
words = ['pear', 'apple', 'fig', 'banana', 'kiwi', 'apple']
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(len(words))])
f = [2.5, 1.0, 2.5, -1.0, 0.0]
heapq.heapify(f)
print(f, heapq.nsmallest(2, f), heapq.nlargest(2, f))
lists = [[1, 2], [1], [0, 5], [1, 1]]
heapq.heapify(lists)
print(lists, heapq.heappop(lists))
