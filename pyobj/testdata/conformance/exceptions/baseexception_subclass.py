class Stop(BaseException): pass
try:
    try:
        raise Stop('s')
    except Exception:
        print('not here')
except BaseException as e:
    print('base', type(e).__name__)
