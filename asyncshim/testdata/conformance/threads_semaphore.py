# clock: real
import threading, time
sem = threading.Semaphore(2)
active = []
peak = [0]
lock = threading.Lock()

def w(i):
    with sem:
        with lock:
            active.append(i)
            peak[0] = max(peak[0], len(active))
        time.sleep(0.3)
        with lock:
            active.remove(i)
ts = [threading.Thread(target=w, args=__nbc_ko((i,), 'target args')) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak[0])
