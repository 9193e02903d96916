print('{!r} {!s} {!a}'.format('x', 'y', '\xe9'))
