class M:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
m = M([[1, 2], [3, 4]])
print(m[1, 0], m[0, 1])
