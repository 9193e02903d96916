# While loops, comprehensions and recursion: where the interruption checks go.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

i = 0
t = 0
while i < 1000000:
    t += i & 7
    i += 1
squares = [k * k for k in range(300000) if k % 3]
print(t, len(squares), fib(22))
