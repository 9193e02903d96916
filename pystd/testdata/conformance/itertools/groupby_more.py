from itertools import groupby

rows = [{'dept': 'eng', 'n': 'a'}, {'dept': 'eng', 'n': 'b'}, {'dept': 'ops', 'n': 'c'}, {'dept': 'eng', 'n': 'd'}]
for dept, members in groupby(rows, key=lambda r: r['dept']):
    print(dept, [m['n'] for m in members])
g = groupby([1, 1, 2, 2, 2, 3])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2), [k for k, _ in g])
runs = [(k, sum(1 for _ in grp)) for k, grp in groupby('aaabccdddd')]
print(runs, ''.join(f'{k}{n}' for k, n in runs))
print([(k, list(v)) for k, v in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(v)) for k, v in groupby([0, 0.0, False, 1, True])])
