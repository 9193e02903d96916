print(dict(a=1))
