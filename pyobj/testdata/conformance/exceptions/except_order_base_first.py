class A(Exception): pass
class B(A): pass
try:
    raise B()
except A:
    print('A handler first')
except B:
    print('B')
