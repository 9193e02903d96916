# What gpython v0.2.0's math lacks and CPython 3.11's has: inf, nan, tau, gcd,
# lcm, isqrt, comb, perm, prod, dist, isclose, cbrt, exp2, ulp, nextafter,
# remainder.
import math
print(math.inf, -math.inf, math.nan, math.tau, math.isinf(math.inf))
tests = [lambda: math.gcd(12, 18), lambda: math.gcd(), lambda: math.gcd(0, 0), lambda: math.gcd(-12, 18, 27), lambda: math.gcd(2**80, 2**70 * 3), lambda: math.gcd(1.5, 2),
 lambda: math.lcm(4, 6), lambda: math.lcm(), lambda: math.lcm(0, 5), lambda: math.lcm(-4, 6, 10),
 lambda: math.isqrt(17), lambda: math.isqrt(10**40), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.isqrt(True),
 lambda: math.comb(5, 2), lambda: math.comb(52, 5), lambda: math.comb(5, 7), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(100, 50), lambda: math.comb(5.0, 2), lambda: math.comb(5),
 lambda: math.perm(5), lambda: math.perm(5, 2), lambda: math.perm(5, 6), lambda: math.perm(5, None), lambda: math.perm(-5),
 lambda: math.prod([1, 2, 3, 4]), lambda: math.prod([]), lambda: math.prod([0.5, 4]), lambda: math.prod(range(1, 6), start=2), lambda: math.prod(['a', 2]), lambda: math.prod([2, 'a']), lambda: math.prod(x for x in [3, 4]),
 lambda: math.dist((0, 0), (3, 4)), lambda: math.dist([1, 2, 3], [4, 5, 6]), lambda: math.dist((1,), (1, 2)), lambda: math.dist((0.1, 0.2), (0.3, 0.7)),
 lambda: math.isclose(1.0, 1.0 + 1e-10), lambda: math.isclose(1.0, 1.1), lambda: math.isclose(1, 1.05, rel_tol=0.1), lambda: math.isclose(0, 1e-10, abs_tol=1e-9), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(math.inf, math.inf), lambda: math.isclose(0.1 + 0.2, 0.3),
 lambda: math.cbrt(-8.0), lambda: math.exp2(10), lambda: math.exp2(0.5), lambda: math.ulp(1.0), lambda: math.ulp(1e300), lambda: math.nextafter(1.0, 2.0), lambda: math.remainder(10, 3), lambda: math.remainder(7.5, 2), lambda: math.remainder(1, 0),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
