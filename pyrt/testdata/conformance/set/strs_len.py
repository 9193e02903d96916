s = set(['a', 'b', 'a'])
print(len(s), 'a' in s)
