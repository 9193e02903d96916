# exp, log, sin, cos, acos and pow print what CPython prints (correctly
# rounded, as glibc is almost always), and keep their errors.
import math
print(math.exp(1.5), math.log(7), math.sin(1.2), math.cos(0.3), math.pow(1.1, 10), math.log(100, 10), math.log(8, 2), math.acos(0.3))
print(math.exp(0), math.log(1), math.sin(0), math.cos(0), math.pow(2, 10), math.pow(2.0, 0.5), math.log(10**400), math.exp(True))
for f in [lambda: math.exp(1000), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(5, 1), lambda: math.acos(2), lambda: math.sin(math.inf), lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(10, 400), lambda: math.exp(-1000), lambda: math.log('a'), lambda: math.exp(math.inf), lambda: math.exp(math.nan)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import random
random.seed(3)
xs = [random.uniform(-10, 10) for _ in range(300)]
print(sum(1 for x in xs if True), [math.exp(x) for x in xs[:40]], [math.sin(x) for x in xs[:40]], [math.cos(x) for x in xs[40:80]], [math.log(abs(x)) for x in xs[80:160]])
print([math.pow(abs(x), 1.7) for x in xs[160:220]], [math.log(abs(x) + 1, 3) for x in xs[220:300]])
