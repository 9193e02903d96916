print('{0[1]} {0[0]}'.format(['a', 'b']))
