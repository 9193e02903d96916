class A(Exception): pass
class B(A): pass
def check(exc):
    try:
        raise exc
    except B:
        return 'B'
    except A:
        return 'A'
    except Exception:
        return 'other'
print(check(B()), check(A()), check(ValueError()))
