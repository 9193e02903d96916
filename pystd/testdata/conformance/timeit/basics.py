import time
import timeit

print(round(timeit.timeit('x = 1', number=1000), 1))
print(round(timeit.timeit('time.sleep(0.06)', setup='import time', number=3), 1))
print([round(t, 1) for t in timeit.repeat('time.sleep(0.05)', 'import time', repeat=3, number=2)])
calls = []


def f():
    calls.append(1)
    time.sleep(0.02)


print(round(timeit.timeit(f, number=5), 1), round(timeit.Timer(f).timeit(2), 1), len(calls))
n, t = timeit.Timer('time.sleep(0.045)', 'import time').autorange()
print(n, round(t, 1))
y = 10
print(round(timeit.timeit('z = y * 2', number=10, globals=globals()), 1))
try:
    timeit.timeit('z = y * 2', number=10)
except NameError as e:
    print(type(e).__name__, e)
for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer('x', 5), lambda: timeit.Timer('x = ')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
t = timeit.Timer('for i in range(3):\n    pass', setup='a = 1\nb = 2')
print(round(t.timeit(number=10), 1))
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(round(timeit.timeit(lambda: print('hi'), number=2), 1))
print(round(timeit.timeit(setup=lambda: print('setup'), number=1), 1))
