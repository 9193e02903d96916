def f():
    data = [1, 5, 3, 8]
    if any((big := x) > 4 for x in data):
        return big
print(f())
total = 0
vals = [total := total + v for v in range(4)]
print(vals, total)
