show([(i, i * i, 'v%d' % i) for i in range(12)])
