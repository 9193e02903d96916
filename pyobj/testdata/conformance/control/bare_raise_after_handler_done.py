try:
    raise ValueError("x")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
