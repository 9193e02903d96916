log = []
class D(dict):
    def __getitem__(self, k):
        log.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        super().__setitem__(k, v)
def key():
    log.append("key")
    return "a"
def obj():
    log.append("obj")
    return d
d = D(a=1)
obj()[key()] += 10
print(log, d)
log.clear()
obj()[key()], x = 5, log.append("rhs")
print(log)
