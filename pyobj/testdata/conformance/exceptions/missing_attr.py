class E(Exception):
    def f(self):
        self.known = 1
E('x').known
