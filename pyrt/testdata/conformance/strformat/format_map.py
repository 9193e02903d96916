print('{a} {b}'.format_map(dict(a=1, b=2)))
