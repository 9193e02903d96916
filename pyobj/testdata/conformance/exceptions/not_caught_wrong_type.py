class A(Exception): pass
class B(Exception): pass
try:
    try:
        raise A('inner')
    except B:
        print('wrong')
except A as e:
    print('outer', e)
