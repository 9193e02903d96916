try:
    try:
        raise SystemExit("bye")
    finally:
        print("finally runs")
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
def f():
    try:
        raise SystemExit(0)
    except Exception:
        print("not caught by Exception")
try:
    f()
except BaseException as e:
    print(type(e).__name__, e.code)
