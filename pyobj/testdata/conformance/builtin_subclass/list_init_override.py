class Named(list):
    def __init__(self, name, items):
        super(Named, self).__init__(items)
        self.name = name
n = Named('xs', [1, 2])
print(n.name, n, len(n))
