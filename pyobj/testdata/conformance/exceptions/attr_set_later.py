class E(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.extra = 'x'
e = E('m')
print(e.extra, e.args)
