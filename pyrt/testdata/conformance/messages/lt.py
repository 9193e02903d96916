try:
    1 < 'a'
except Exception as e:
    print(e, repr(e))
