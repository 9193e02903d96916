class E(Exception):
    code = 500
    def describe(self):
        return 'E' + str(self.code)
e = E()
print(e.code, e.describe(), E.code)
