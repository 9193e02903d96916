print(round(-1.5), round(-0.5), round(12345, -3), round(-12.5, -1))
