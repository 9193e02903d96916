def f():
    try:
        try:
            print("inner try")
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f())
