class A:
    def __init__(self, a, b=2, *args, **kw):
        self.r = (a, b, args, sorted(kw))
print(A(1).r, A(1, 3, 4, 5, x=1, y=2).r)
