print('{0.real} {0.imag}'.format(3+4j))
