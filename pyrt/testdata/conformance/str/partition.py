print('a=b=c'.partition('='), 'abc'.partition('x'), 'a=b=c'.rpartition('='), 'abc'.rpartition('x'))
