i = 0
while i < 5:
    i += 1
    if i == 3:
        break
else:
    print("else")
print(i)
j = 0
while j < 2:
    j += 1
else:
    print("else ran", j)
