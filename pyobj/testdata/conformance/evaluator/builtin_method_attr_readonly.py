for target, name in (("s", "upper"), ([], "append")):
    try:
        setattr(target, name, 2)
    except AttributeError as e:
        print(e)
