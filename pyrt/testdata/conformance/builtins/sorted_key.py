print(sorted(['bb', 'a', 'ccc'], key=len), sorted([-3, 2, -1], key=abs))
