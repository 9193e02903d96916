d = dict([(i, str(i) * 10) for i in range(8)])
show(d)
