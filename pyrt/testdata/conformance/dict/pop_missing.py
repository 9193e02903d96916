d = dict()
d.pop('k')
