class Bad:
    def __iter__(self):
        raise RuntimeError("no iter")
try:
    for x in Bad():
        pass
except RuntimeError as e:
    print(e)
try:
    [x for x in Bad()]
except RuntimeError as e:
    print("comp", e)
try:
    a, b = Bad()
except RuntimeError as e:
    print("unpack", e)
