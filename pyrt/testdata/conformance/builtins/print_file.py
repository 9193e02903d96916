import sys
print('x', file=sys.stdout)
print('y', file=None)
