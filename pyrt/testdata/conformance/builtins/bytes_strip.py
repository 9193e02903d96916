print(b'  x '.strip(), b'abc'.startswith(b'a'), b'abc'.find(b'c'), b'aab'.count(b'a'))
