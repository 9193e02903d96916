for i in []:
    pass
else:
    print("empty else")
for i in range(3):
    if i == 10:
        break
else:
    print("completed", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print(i)
