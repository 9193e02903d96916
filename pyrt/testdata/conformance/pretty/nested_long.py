show([list(range(12)), list(range(12)), list(range(30))])
