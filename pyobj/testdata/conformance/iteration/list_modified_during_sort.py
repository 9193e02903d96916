lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as e:
    print(e)
