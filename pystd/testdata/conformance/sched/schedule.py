# Same-time events are entered with enterabs: with enter, their times differ by the real time between the calls under CPython.
import sched
import time

start = time.monotonic()
s = sched.scheduler(time.monotonic, time.sleep)
log = []


def job(name, **kw):
    print(f'{round(time.monotonic() - start, 1)} {name} {kw}')


s.enter(2, 1, job, ('two',))
e = s.enterabs(start + 1, 2, job, ('one-low',))
s.enterabs(start + 1, 1, job, ('one-high',), {'x': 1})
s.enter(3, 1, job, ('cancelled',))
s.enterabs(start + 0.5, 1, job, argument=('abs',))
s.cancel(s.queue[-1])
print([ev.argument for ev in s.queue], s.empty())
print(s.queue[0].time - start, s.queue[0].priority)
s.run()
print(s.empty(), round(time.monotonic() - start, 1))
s.enter(5, 1, job, ('later',))
print(round(s.run(blocking=False), 1))
try:
    s.cancel(e)
except ValueError as err:
    print('ValueError')
