class L(list): pass
print([x * 2 for x in L([1, 2, 3])], sum(L([1, 2])), sorted(L([3, 1, 2])))
