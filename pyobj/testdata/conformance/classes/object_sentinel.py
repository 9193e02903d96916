MISSING = object()
def get(d, k, default=MISSING):
    if default is MISSING:
        return 'none'
    return default
print(get({}, 'a'), get({}, 'a', 5), type(MISSING).__name__)
