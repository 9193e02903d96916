def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    memo = {}
    def fib(k):
        if k not in memo:
            memo[k] = k if k < 2 else fib(k - 1) + fib(k - 2)
        return memo[k]
    return fact(n), fib(n * 5)
print(outer(10))
