from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [])), list(product()))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), len(list(permutations(range(5), 3))))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('AB', 0)), list(combinations('A', 2)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
for f in [lambda: combinations('ab', -1), lambda: permutations('ab', -1), lambda: product(1),
          lambda: product('a', repeat=-1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
