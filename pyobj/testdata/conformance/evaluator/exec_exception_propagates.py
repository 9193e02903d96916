try:
    exec("def f():\n    raise KeyError('inside exec')\nf()")
except KeyError as e:
    print("KeyError", e)
try:
    eval("1 // 0")
except ZeroDivisionError as e:
    print(e)
