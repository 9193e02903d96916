class C:
    @property
    def v(self):
        return 'prop'
c = C()
c.__dict__['v'] = 'dict'
print(c.v)
