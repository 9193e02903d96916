s = set()
s.add(dict())
