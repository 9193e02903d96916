try:
    [1] + (2,)
except Exception as e:
    print(e, repr(e))
