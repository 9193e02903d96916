x, items = 3.14159, ["a", "b"]
def f(v): return v * 2
print(f"{x!r:>10}|{x:.2f}|{f(2)}|{'yes' if x > 3 else 'no'}|{items[-1]!s}|{len(items):03d}")
print(f"{x=}, {f(1)=}, {items[0]=!r}")
w = 8
print(f"{x:{w}.{2}f}|{{literal}}|{'nested ' + f'{w}'}")
print(f"{(lambda y: y + 1)(1)}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
