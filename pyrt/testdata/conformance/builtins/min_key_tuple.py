pts = [(1, 5), (2, 1), (0, 9)]
print(min(pts, key=lambda p: p[1]), max(pts))
