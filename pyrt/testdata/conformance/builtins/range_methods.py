r = range(0, 10, 2)
print(r.index(4), r.count(3), r.start, r.stop, r.step)
