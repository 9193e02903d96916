class G:
    def __getitem__(self, k):
        return 'item ' + str(k)
g = G()
print(g[1], g['a'])
