print('{!r} {}'.format(0.1, 1e16))
