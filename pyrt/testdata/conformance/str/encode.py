print('caf\u00e9'.encode(), 'abc'.encode('ascii'))
