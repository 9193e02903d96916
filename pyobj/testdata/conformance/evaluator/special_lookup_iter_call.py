class It:
    def __iter__(self): return iter([1, 2])
    def __call__(self): return "type call"
    def __getitem__(self, i): return "type getitem"
o = It()
o.__iter__ = lambda: iter([9])
o.__call__ = lambda: "instance call"
o.__getitem__ = lambda i: "instance getitem"
print(list(o), [x for x in o], o(), o[0])
class Plain: pass
p = Plain()
p.__call__ = lambda: "instance call"
try:
    p()
except TypeError as e:
    print("TypeError", e)
