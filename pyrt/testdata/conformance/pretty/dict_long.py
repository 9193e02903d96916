show(dict([('key%d' % i, i * 1000) for i in range(10)]))
