big = 2**2000
print(big > 1.0, 1.0 < big, big == 1e308, -big < -1e308)
for f in (lambda: big * 1.0, lambda: big + 1.0, lambda: 1.0 * big, lambda: big / 1.0):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
