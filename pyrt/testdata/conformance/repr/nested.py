print([(1, 'a'), dict(x=[1, 2])])
