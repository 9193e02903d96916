(1,).index(5)
