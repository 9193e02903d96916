class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError('insufficient funds')
        self.bal -= n
a = Account(10)
a.withdraw(3)
print(a.bal)
try:
    a.withdraw(100)
except ValueError as e:
    print('error:', e)
