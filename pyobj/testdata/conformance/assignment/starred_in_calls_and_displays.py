a = [1, 2]
print(*a, *"ab", sep=",")
print([*a, *range(2)], (*a,), {*a, 3}, {**{"x": 1}, "y": 2})
