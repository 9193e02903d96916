for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        break
    finally:
        print("fin", i)
else:
    print("no break")
print("i =", i)
