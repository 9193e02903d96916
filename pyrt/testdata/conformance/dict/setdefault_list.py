d = dict()
for w in ['a', 'b', 'a']:
    d.setdefault(w, []).append(1)
print(d)
