import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("hit at low limit")
sys.setrecursionlimit(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
