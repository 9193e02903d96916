class L(list): pass
print(not L(), not L([1]))
