import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(6000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(5000))
def via_map(n):
    return 0 if n == 0 else 1 + sum(map(via_map, [n - 1]))
print(via_map(1500))
sys.setrecursionlimit(old)
