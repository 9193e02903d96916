class MyList(list):
    pass
m = MyList([1, 2, 3])
m.append(4)
print(m, len(m), m[0], m[-1], isinstance(m, list), type(m).__name__)
