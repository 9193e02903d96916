import builtins
orig = builtins.len
builtins.len = lambda x: "patched"
def f(): return len([1])
print(f())
builtins.len = orig
print(f())
len = lambda x: "global shadow"
print(f())
del len
print(f())
