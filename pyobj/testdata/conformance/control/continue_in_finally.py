out = []
for i in range(3):
    try:
        out.append(i)
    finally:
        continue
print(out)
