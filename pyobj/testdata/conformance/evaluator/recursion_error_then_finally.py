count = 0
def f():
    global count
    try:
        f()
    finally:
        count += 1
try:
    f()
except RecursionError:
    print("RecursionError", count > 900)
