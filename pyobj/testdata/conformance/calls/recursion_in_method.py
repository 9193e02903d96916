class Node:
    def __init__(self, nxt): self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for _ in range(800):
    n = Node(n)
print(n.length())
