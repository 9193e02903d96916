print(format(None), format(None, ''))
