show(dict([('a', list(range(30))), ('b', dict([('c', 'x' * 70)]))]))
