# clock: real
import threading, time

def hello(name, punct='!'):
    print(__nbc_cat('hello ', __nbc_fmt(name, '', ''), __nbc_fmt(punct, '', ''), ' at ', __nbc_fmt(time.monotonic() - t0, '', __nbc_cat('.1f')), 's in ', __nbc_fmt(threading.current_thread().name, '', '')))
t0 = time.monotonic()
t = threading.Timer(1.5, hello, args=('world',), kwargs=__nbc_ko(__nbc_dict('punct', '?'), 'args kwargs'))
print(t, isinstance(t, threading.Thread), type(t).__name__)
print(t.interval, t.function.__name__, t.args, t.kwargs, t.finished.is_set())
t.start()
print(t.is_alive())
t.join()
print(t.is_alive(), t.finished.is_set(), __nbc_cat(__nbc_fmt(time.monotonic() - t0, '', __nbc_cat('.1f'))))
c = threading.Timer(5, hello, ['never'])
c.start()
time.sleep(1)
c.cancel()
c.join()
print('cancelled', c.finished.is_set(), __nbc_cat(__nbc_fmt(time.monotonic() - t0, '', __nbc_cat('.1f'))))
d = threading.Timer(0.5, print, ['defaults'])
print(d.args, d.kwargs)
d.start()
d.join()

class Repeat(threading.Timer):

    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **__nbc_kw(self.kwargs))
n = [0]

def tick():
    n[0] += 1
    print('tick', n[0], __nbc_cat(__nbc_fmt(time.monotonic() - t0, '', __nbc_cat('.1f'))))
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
    print('TypeError:', e)
for a, k in [((), __nbc_dict('function', print)), ((1, 2, 3, 4, 5), __nbc_dict()), ((1, print), __nbc_dict('x', 1)), ((1, print), __nbc_dict('interval', 3))]:
    try:
        threading.Timer(*a, **__nbc_kw(k))
    except TypeError as e:
        print('TypeError:', e)
print('done')
