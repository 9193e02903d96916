class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Countdown(3)), list(Seq()), sum(Countdown(4)))
print(3 in Countdown(5), 4 in Seq())
