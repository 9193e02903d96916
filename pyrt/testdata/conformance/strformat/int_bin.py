print('{:b} {:#o} {:08x}'.format(5, 8, 255))
