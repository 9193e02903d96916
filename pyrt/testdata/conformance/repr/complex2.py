print(complex(0.5, 0), complex(-0.0, 1), 1.5j * 2)
