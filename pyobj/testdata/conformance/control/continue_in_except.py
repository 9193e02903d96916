n = 0
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        continue
    finally:
        n += 1
    print("never")
print(n)
