import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def via_map(n):
    return 0 if n == 0 else 1 + sum(map(via_map, [n - 1]))
print(via_map(3000))
