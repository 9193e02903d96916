# clock: real
import threading
counter = 0
lock = threading.Lock()

def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=__nbc_ko((1000,), 'target args')) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, lock.locked())
