# None, True and False compare by identity; other literals by ==.
for v in [True, 1, 1.0, False, 0, 0.0, None, [], ""]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case None:
            print(repr(v), "is None")
        case _:
            print(repr(v), "no singleton")
for v in [True, 1, 1.0]:
    match v:
        case 1:
            print(repr(v), "== 1")
