def reraise():
    raise
try:
    try:
        raise ValueError("handled")
    except ValueError:
        reraise()
except ValueError as e:
    print("re-raised", e)
except RuntimeError as e:
    print("RuntimeError", e)
