x = "global"

def local_binding():
    match [1, 2]:
        case [x, y]:
            pass
    return x, y

print(local_binding(), x)

def global_binding():
    global x
    match "new":
        case str() as x:
            pass

global_binding()
print(x)

def outer():
    v = None
    def inner():
        nonlocal v
        match {"v": 3}:
            case {"v": v}:
                pass
    inner()
    return v

print(outer())

def closure(arg):
    match arg:
        case [a, *_]:
            arg = a
    return lambda: arg

print(closure([9, 8])())

class C:
    def m(self, v):
        match v:
            case {"__x": __x}:
                return __x
print(C().m({"__x": 4}))
