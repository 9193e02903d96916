x = "global"
class C:
    x = "class"
    def m(self):
        return x
    lst = [x for _ in range(1)]
print(C().m(), C.lst)
