s = set([1])
s.remove(2)
