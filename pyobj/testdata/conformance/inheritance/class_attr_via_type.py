class A:
    count = 0
    def inc(self):
        type(self).count += 1
class B(A):
    pass
B().inc()
print(A.count, B.count)
