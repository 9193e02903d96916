class A(Exception): pass
class B(Exception): pass
for cls in (A, B):
    try:
        raise cls('x')
    except (A, B) as e:
        print('caught', type(e).__name__)
