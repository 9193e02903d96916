import heapq

tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (2, 'a'), (1, 'm')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
h = [(1, 2), (1, 1), (0, 9), [0, 5] if False else (0, 5)]
heapq.heapify(h)
print(h)
counter = 0
pq = []
for prio, item in [(2, 'x'), (2, 'y'), (1, 'z'), (2, 'w')]:
    heapq.heappush(pq, (prio, counter, item))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(4)])
