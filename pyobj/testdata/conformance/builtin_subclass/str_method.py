class Name(str):
    def shout(self):
        return self.upper() + '!'
print(Name('bob').shout())
