def f():
    res = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 1:
                    break
                res.append((i, j))
            finally:
                res.append("f")
    return res
print(f())
