e = ValueError('a')
print(e == e, ValueError('a') == ValueError('a'))
