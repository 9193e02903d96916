print(abs(-3), abs(2.5), abs(-0.0), abs(3+4j), abs(True))
