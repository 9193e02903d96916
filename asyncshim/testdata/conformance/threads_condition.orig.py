# clock: real
import threading, time
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        print("got", items.pop())
t = threading.Thread(target=consumer)
t.start()
time.sleep(0.3)
with cond:
    items.append("x")
    cond.notify()
t.join()
print("done")
