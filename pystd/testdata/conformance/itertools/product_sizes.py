from itertools import product, permutations, combinations, combinations_with_replacement

for n in range(4):
    print(n, len(list(permutations(range(n)))), len(list(combinations(range(5), n))),
          len(list(combinations_with_replacement(range(3), n))), len(list(product(range(2), repeat=n))))
print(list(product([1, 2], 'ab', [True])))
print(list(permutations([1, 1, 2], 2)))
print([''.join(p) for p in permutations('abc')])
print(list(combinations([3, 1, 2], 2)), list(product(range(3), range(0))))
