print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16))
try:
    len([1], foo=1)
except TypeError as e:
    print(e)
