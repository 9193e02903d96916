s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {"a": 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 0
print(d)
