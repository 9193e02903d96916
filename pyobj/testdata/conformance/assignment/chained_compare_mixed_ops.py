one, none = 1, None
print(one == 1.0 < one + 1 is not none)
print("a" < "b" < "c", "b" in "abc" in ["abc"], 1 in [1] == True)
a = [1]
print(a is a == [1], none is None is none)
