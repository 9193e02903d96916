class E(Exception):
    pass
e = E('a', 2)
print(e.args, len(e.args), e.args[1])
