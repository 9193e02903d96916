print('{0[k]}'.format(dict(k=5)))
