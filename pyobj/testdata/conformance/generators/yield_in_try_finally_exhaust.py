def g():
    for i in range(2):
        try:
            yield i
        finally:
            print("finally", i)
for v in g():
    print("got", v)
