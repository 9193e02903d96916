class A:
    def __str__(self):
        return 'AAA'
print(format(A()), '{}'.format(A()))
