e = ValueError('a')
e.args = ('b', 'c')
print(e.args, str(e))
