class I(int):
    def __radd__(self, o):
        return "I.radd"
    def __rsub__(self, o):
        return "I.rsub"
print(1 + I(2), 5 - I(1))
