class Point: pass
r = repr(Point())
print(r.startswith('<__main__.Point object at 0x'), r.endswith('>'))
