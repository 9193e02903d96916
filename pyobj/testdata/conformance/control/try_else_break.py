for i in range(3):
    try:
        pass
    except Exception:
        pass
    else:
        if i == 1:
            break
        print("else", i)
print("i", i)
def f():
    for i in range(3):
        try:
            v = 10 // (i - 1)
        except ZeroDivisionError:
            return "zero at %d" % i
        else:
            continue
        finally:
            print("fin", i)
print(f())
