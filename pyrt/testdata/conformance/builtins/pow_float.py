print(pow(2.0, 3), pow(4, 0.5), 2 ** -2)
