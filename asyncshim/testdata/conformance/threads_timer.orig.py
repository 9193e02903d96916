# clock: real
# threading.Timer: a Thread that calls its function after interval
# seconds (on the virtual clock) unless cancel() set its finished Event.
import threading, time

def hello(name, punct="!"):
    print(f"hello {name}{punct} at {time.monotonic() - t0:.1f}s in {threading.current_thread().name}")

t0 = time.monotonic()
t = threading.Timer(1.5, hello, args=("world",), kwargs={"punct": "?"})
print(t, isinstance(t, threading.Thread), type(t).__name__)
print(t.interval, t.function.__name__, t.args, t.kwargs, t.finished.is_set())
t.start()
print(t.is_alive())
t.join()
print(t.is_alive(), t.finished.is_set(), f"{time.monotonic() - t0:.1f}")

c = threading.Timer(5, hello, ["never"])
c.start()
time.sleep(1)
c.cancel()
c.join()
print("cancelled", c.finished.is_set(), f"{time.monotonic() - t0:.1f}")

d = threading.Timer(0.5, print, ["defaults"])
print(d.args, d.kwargs)
d.start(); d.join()

class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)

n = [0]
def tick():
    n[0] += 1
    print("tick", n[0], f"{time.monotonic() - t0:.1f}")
r = Repeat(1, tick)
r.daemon = True
r.start()
time.sleep(3.5)
r.cancel()
r.join()
print(type(r).__name__, n[0])

try:
    threading.Timer(1)
except TypeError as e:
    print("TypeError:", e)
for a, k in [((), {"function": print}), ((1, 2, 3, 4, 5), {}), ((1, print), {"x": 1}), ((1, print), {"interval": 3})]:
    try:
        threading.Timer(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
print("done")
