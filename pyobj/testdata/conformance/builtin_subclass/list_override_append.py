class Logged(list):
    def append(self, x):
        print('append', x)
        super(Logged, self).append(x)
l = Logged()
l.append(5)
print(l)
