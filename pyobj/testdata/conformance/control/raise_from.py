try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise RuntimeError("b") from e
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
