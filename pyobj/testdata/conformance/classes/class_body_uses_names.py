class A:
    x = 2
    y = x * 3
    z = [x, y]
print(A.y, A.z)
