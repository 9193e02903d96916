class S(str): pass
s = S('hello')
print(s, len(s), s.upper(), s[1], isinstance(s, str), s + '!')
