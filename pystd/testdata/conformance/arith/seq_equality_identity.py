# == between two lists or two tuples: same length, items the same object or
# equal (an __eq__ returning False does not make [e] == [e] false).
class E:
    def __eq__(self, o): return False
e = E()
print([e] == [e], (e, 1) == (e, 1), [1, 2] == [1, 2.0], [1] == [1, 2], (1, 2) == [1, 2], [[1]] == [[1]])
x = [1, 2]
y = [1, 2]
print(x == y, x != y, x is y)
class L(list):
    def __eq__(self, o): return 'custom'
print(L([1]) == [1])
