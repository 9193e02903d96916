print('{:{w}.{p}f}'.format(3.14159, w=8, p=2))
