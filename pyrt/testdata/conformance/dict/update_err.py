d = dict()
d.update([1, 2])
