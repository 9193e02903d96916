class MyErr(Exception): pass
try:
    raise MyErr('z')
except Exception as e:
    print(type(e).__name__, e.__class__.__name__, type(e).__module__)
