try:
    2.5 * 'ab'
except Exception as e:
    print(e, repr(e))
