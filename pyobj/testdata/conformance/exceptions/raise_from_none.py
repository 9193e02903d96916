try:
    try:
        {}['x']
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
