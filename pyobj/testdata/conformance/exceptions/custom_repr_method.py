class E(Exception):
    def __repr__(self):
        return 'E!'
print(repr(E('x')), str(E('x')))
