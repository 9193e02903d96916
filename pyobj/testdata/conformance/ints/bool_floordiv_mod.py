t, f = True, False
print(t // t, t % t, f // t, f % t)
x = True
x //= True
print(x)
