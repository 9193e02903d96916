print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance('a', (int, float)))
