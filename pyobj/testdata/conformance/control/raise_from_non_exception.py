try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError:", e)
