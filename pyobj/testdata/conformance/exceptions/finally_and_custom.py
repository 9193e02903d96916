class E(Exception): pass
def f():
    try:
        raise E('in f')
    finally:
        print('finally')
try:
    f()
except E as e:
    print('got', e)
