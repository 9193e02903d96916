print(max([], default=0), min([], default='x'))
