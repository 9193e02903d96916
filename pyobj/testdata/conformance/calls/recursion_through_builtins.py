def via_map(n):
    return list(map(via_map, [n + 1]))
try:
    via_map(0)
except RecursionError:
    print("map RecursionError")
class Node:
    def __init__(self, n):
        self.child = Node(n + 1)
try:
    Node(0)
except RecursionError:
    print("init RecursionError")
def via_sorted(n):
    return sorted([n], key=lambda k: via_sorted(k + 1))
try:
    via_sorted(0)
except RecursionError:
    print("sorted RecursionError")
class Eq:
    def __eq__(self, o):
        return [self] == [o]
try:
    Eq() == Eq()
except RecursionError:
    print("eq RecursionError")
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300))
def ok_after():
    return sum(range(10))
print(ok_after())
