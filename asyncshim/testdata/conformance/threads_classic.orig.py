# clock: real
import threading, time
ends = []
def worker(n):
    print("worker", n, "start")
    time.sleep(1)
    ends.append(n)  # the order of the three wake-ups is a race in CPython
start = time.time()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("ended", sorted(ends))
print("elapsed", round(time.time() - start, 1))
