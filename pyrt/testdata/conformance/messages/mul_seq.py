try:
    'x' * 'y'
except Exception as e:
    print(e, repr(e))
