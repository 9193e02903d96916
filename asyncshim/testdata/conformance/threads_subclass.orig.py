# clock: real
import threading, time
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        time.sleep(0.3 * self.n)
        print("worker", self.n, "ran in", self.name)
ws = [Worker(i) for i in (2, 1)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("done")
