try:
    [].foo
except Exception as e:
    print(e, repr(e))
