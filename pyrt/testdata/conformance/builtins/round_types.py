print(type(round(2.5)), type(round(2.5, 1)), round(7), round(-0.4))
