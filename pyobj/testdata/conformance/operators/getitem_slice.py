class G:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)
print(G()[1:5], G()[::2])
