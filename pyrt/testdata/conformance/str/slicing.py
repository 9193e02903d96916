s = 'hello'
print(s[1:3], s[::-1], s[-2:], s[::2])
