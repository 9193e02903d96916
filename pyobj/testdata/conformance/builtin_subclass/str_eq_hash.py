class S(str): pass
print(S('a') == 'a', 'a' == S('a'), hash(S('a')) == hash('a'))
