class A: pass
print(not A())
if A():
    print('truthy')
