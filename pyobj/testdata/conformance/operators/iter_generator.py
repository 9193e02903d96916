class Tree:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i * 2
print(list(Tree([1, 2, 3])), sorted(Tree([3, 1])))
