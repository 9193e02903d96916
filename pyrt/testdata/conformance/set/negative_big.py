print(set([-100, 50, -7]))
