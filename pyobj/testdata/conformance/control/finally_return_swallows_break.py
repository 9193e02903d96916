def f():
    for i in range(3):
        try:
            break
        finally:
            return ("finally", i)
print(f())
