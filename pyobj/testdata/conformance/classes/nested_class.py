class Outer:
    class Inner:
        v = 3
print(Outer.Inner.v, Outer.Inner.__name__)
