class Bag:
    def __contains__(self, x):
        return x == 3
print(3 in Bag(), 4 in Bag(), 4 not in Bag())
