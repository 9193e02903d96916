class Point:
    pass
Point().missing
