class L(list):
    def __repr__(self):
        return 'L' + list.__repr__(self)
print(L([1]))
