class E(Exception):
    def __init__(self, msg, *, code=0):
        super(E, self).__init__(msg)
        self.code = code
e = E('m', code=7)
print(e.code, e.args)
