# clock: real
import threading, queue, time
q = queue.Queue()
def producer():
    for i in range(3):
        time.sleep(0.3)
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print("consumed", item)
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
for t in ts: t.join()
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
