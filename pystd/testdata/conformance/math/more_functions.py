# log10, log2, tan, atan, asin, atan2 and hypot (any number of coordinates)
# print what CPython prints.
import math, random
random.seed(4)
xs = [random.uniform(-10, 10) for _ in range(400)]
print([math.log10(abs(x)) for x in xs[:50]])
print([math.log2(abs(x)) for x in xs[50:100]])
print([math.tan(x) for x in xs[100:150]])
print([math.atan(x) for x in xs[150:200]])
print([math.asin(x / 10) for x in xs[200:250]])
print([math.atan2(x, y) for x, y in zip(xs[250:300], xs[300:350])])
print([math.hypot(x, y) for x, y in zip(xs[250:300], xs[300:350])])
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(3, 4), math.hypot(1e300, 1e300), math.hypot(math.inf, math.nan))
print(math.log10(1000), math.log10(0.001), math.log2(8), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.tan(0), math.atan(math.inf))
for f in [lambda: math.log10(0), lambda: math.log2(-1), lambda: math.asin(2), lambda: math.tan(math.inf), lambda: math.hypot("a"), lambda: math.atan2(1), lambda: math.atan("x")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
