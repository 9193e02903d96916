try:
    [1] * 1.5
except Exception as e:
    print(e, repr(e))
