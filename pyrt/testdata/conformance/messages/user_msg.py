try:
    raise AttributeError("'thing' has no attribute 'x' but stays")
except Exception as e:
    print(e, repr(e))
