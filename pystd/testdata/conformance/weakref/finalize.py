import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, **kw):
    print('cleanup', name, kw)
    return name.upper()


r = Resource('db')
f = weakref.finalize(r, cleanup, 'db', mode='fast')
print(f.alive, f.atexit)
print(repr(f).startswith('<finalize object at 0x'), "for 'Resource' at 0x" in repr(f))
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
del obj
print(f(), f.alive, f(), repr(f).endswith('; dead>'))

r2 = Resource('cache')
f2 = weakref.finalize(r2, cleanup, 'cache')
det = f2.detach()
print(det[1] is cleanup, det[2:], f2.alive, f2.detach(), f2.peek())
del det

r3 = Resource('file')
f3 = weakref.finalize(r3, print, 'closing file')
del r3
gc.collect()
print('alive:', f3.alive)

r4 = Resource('sock')
f4 = weakref.finalize(r4, print, 'closing sock')
del r4
print('alive:', f4.alive)
print(f4.peek(), f4.detach())

print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
