# The constants and capwords.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("  x y ")))
print(string.capwords("the QUICK brown fOX"), string.capwords("one,two,,three", ","))
print(sorted(set("Hello, World!") & set(string.punctuation)))
print(all(c in string.printable for c in "abc 123"), "x" in string.hexdigits)
from string import ascii_lowercase as lower
print(lower[::5])
