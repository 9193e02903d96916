class C:
    items = []
    for i in range(3):
        if i == 1:
            continue
        items.append(i)
    try:
        raise ValueError
    except ValueError:
        caught = True
    finally:
        done = True
    while len(items) < 4:
        items.append(len(items))
    del i
print(C.items, C.caught, C.done, hasattr(C, "i"))
