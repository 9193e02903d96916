# clock: real
from concurrent.futures import ThreadPoolExecutor

def bad():
    raise ValueError('in worker')
with ThreadPoolExecutor() as ex:
    f = ex.submit(bad)
    try:
        f.result()
    except ValueError as e:
        print('caught', e)
    print(repr(f.exception()))
