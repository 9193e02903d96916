try:
    print("a,b".split(",", 1, 2))
except TypeError as e:
    print("TypeError", e)
