print('ell' in 'hello', 'x' in 'hello', '' in 'a')
