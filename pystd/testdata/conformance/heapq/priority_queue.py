import heapq

events = []
for t, name in [(5.0, 'e'), (1.5, 'a'), (3.2, 'c'), (1.5, 'b'), (9, 'z'), (0, 'start')]:
    heapq.heappush(events, (t, name))
print(events)
while events:
    t, name = heapq.heappop(events)
    print(t, name, events)
graph = {'A': [('B', 1), ('C', 4)], 'B': [('C', 2), ('D', 5)], 'C': [('D', 1)], 'D': []}
dist = {'A': 0}
pq = [(0, 'A')]
order = []
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, float('inf')):
        continue
    order.append(u)
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, float('inf')):
            dist[v] = nd
            heapq.heappush(pq, (nd, v))
print(order, dist)
