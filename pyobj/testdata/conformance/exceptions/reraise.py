class E(Exception): pass
try:
    try:
        raise E('first')
    except E:
        print('handling')
        raise
except E as e:
    print('reraised', e)
