e = b""
print(bool(e), any([e]), all([b"a", e]), list(filter(None, [e, b"x"])))
