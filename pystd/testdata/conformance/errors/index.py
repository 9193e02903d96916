# IndexError messages of lists, tuples and strs, for an exception that
# leaves the function that raised it.


def get(seq, i):
    return seq[i]


def put(seq, i):
    seq[i] = 0


def remove(seq, i):
    del seq[i]


class Stack:
    def __init__(self, items):
        self.items = items

    def peek(self, i):
        return self.items[i + 1]


for label, f in [
    ("list", lambda: get([1, 2], 5)),
    ("tuple", lambda: get((1, 2), -3)),
    ("str", lambda: get("ab", 2)),
    ("empty list", lambda: get([], 0)),
    ("assign", lambda: put([1], 1)),
    ("delete", lambda: remove([1], -2)),
    ("attribute", lambda: Stack((1,)).peek(0)),
    ("pop empty", lambda: [].pop()),
    ("pop index", lambda: [1].pop(3)),
]:
    try:
        f()
    except IndexError as e:
        print(label, "->", e)
