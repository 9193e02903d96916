# sinh, cosh, tanh print what CPython prints; overflow and type errors.
import math
print([math.sinh(x/7) for x in range(-40, 40, 3)])
print([math.cosh(x/7) for x in range(-40, 40, 3)])
print([math.tanh(x/7) for x in range(-40, 40, 3)])
print(math.tanh(30), math.sinh(0.0), math.cosh(0))
for f in [lambda: math.sinh(1000), lambda: math.cosh(-1000), lambda: math.tanh(math.inf), lambda: math.sinh("a")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
