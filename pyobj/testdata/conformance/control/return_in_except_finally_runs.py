def f():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("finally runs")
print(f())
