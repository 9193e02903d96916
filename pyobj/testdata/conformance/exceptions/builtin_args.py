try:
    int('x')
except ValueError as e:
    print(type(e.args).__name__, len(e.args))
