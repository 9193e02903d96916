class E(Exception): pass
e = E('formatted')
print('Error: {}'.format(e), 'Error: ' + str(e))
