try:
    try:
        raise ValueError("a")
    except ValueError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
