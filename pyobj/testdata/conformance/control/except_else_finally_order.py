def f(x):
    try:
        print("try", x)
        if x:
            raise ValueError(x)
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
print(f(0))
print(f(1))
