class MyError(Exception):
    pass
try:
    raise MyError('bad thing')
except MyError as e:
    print('caught', e)
