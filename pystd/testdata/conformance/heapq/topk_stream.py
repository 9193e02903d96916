import heapq

stream = [7, 3, 9, 1, 9, 4, 8, 2, 9, 5]
k = 3
h = []
for x in stream:
    if len(h) < k:
        heapq.heappush(h, x)
    else:
        heapq.heappushpop(h, x)
    print(h)
print(sorted(h, reverse=True), heapq.nlargest(k, stream))
scores = {'ann': 91, 'bob': 85, 'cy': 91, 'di': 77}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
