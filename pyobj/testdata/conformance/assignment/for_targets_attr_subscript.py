class O: pass
o = O()
d = {}
for o.x in range(3):
    pass
for d["k"] in "ab":
    pass
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(o.x, d, lst)
class CM:
    def __enter__(self): return 42
    def __exit__(self, *a): pass
with CM() as o.y:
    pass
print(o.y)
