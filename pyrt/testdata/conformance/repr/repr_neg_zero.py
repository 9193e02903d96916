print(repr(-0.0), str(0.0), -0.0 == 0.0)
