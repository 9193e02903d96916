class CM:
    def __enter__(self): return "type enter"
    def __exit__(self, *a): return False
c = CM()
c.__enter__ = lambda: "instance enter"
with c as v:
    print(v)
class G:
    def __getattr__(self, name):
        return lambda *a: "from getattr"
try:
    with G() as v:
        print("entered", v)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
