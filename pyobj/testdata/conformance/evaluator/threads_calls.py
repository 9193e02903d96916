import threading
results = {}
def work(tag, n):
    def sq(x):
        return x * x
    total = 0
    for i in range(n):
        total += sq(i) - sq(i - 1)
    results[tag] = total
ts = [threading.Thread(target=work, args=(t, 3000)) for t in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
