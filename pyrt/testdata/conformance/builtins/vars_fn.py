def f(): pass
f.x = 1
print(vars(f))
