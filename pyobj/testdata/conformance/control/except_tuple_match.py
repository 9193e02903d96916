for exc in (KeyError("k"), IndexError("i"), ValueError("v")):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("lookup", type(e).__name__)
    except ValueError as e:
        print("outer", type(e).__name__)
