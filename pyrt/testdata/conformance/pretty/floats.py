show([i / 7 for i in range(14)])
