def src():
    for i in range(3):
        print("produce", i)
        yield i
ge = (x * 2 for x in src())
print("created")
for v in ge:
    print("consume", v)
