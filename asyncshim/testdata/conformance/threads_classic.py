# clock: real
import threading, time
ends = []

def worker(n):
    print('worker', n, 'start')
    time.sleep(1)
    ends.append(n)
start = time.time()
ts = [threading.Thread(target=worker, args=__nbc_ko((i,), 'target args')) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('ended', sorted(ends))
print('elapsed', round(time.time() - start, 1))
