print(str('x'), str(5), str(1.0), str(None), str([1, 'a']))
