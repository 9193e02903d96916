class Point:
    pass
print(Point)
print(repr(Point))
