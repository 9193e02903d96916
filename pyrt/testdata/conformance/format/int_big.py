print(format(2**70, ','), format(-2**70, 'x'))
