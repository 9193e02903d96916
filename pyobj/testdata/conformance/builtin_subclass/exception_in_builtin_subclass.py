class L(list): pass
L([1])[5]
