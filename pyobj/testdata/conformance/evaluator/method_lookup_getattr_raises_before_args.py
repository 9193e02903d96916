class C: pass
def arg():
    print("argument evaluated")
    return 1
try:
    C().missing(arg())
except AttributeError as e:
    print("AttributeError", e)
