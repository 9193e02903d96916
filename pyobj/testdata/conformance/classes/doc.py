class A:
    """Doc here."""
class B:
    pass
print(A.__doc__)
print(B.__doc__)
