class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(not L(0), not L(2))
x = L(0) or 'fallback'
print(x)
