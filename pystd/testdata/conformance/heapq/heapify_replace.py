import heapq

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 7]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
e = []
print(heapq.heappushpop(e, 3), e)
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(1, 2),
          lambda: heapq.heapify((1, 2)), lambda: heapq.heappush([{}], {})]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
