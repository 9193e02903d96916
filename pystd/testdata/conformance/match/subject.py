a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")

xs = [1, 2]
match *xs, 3:
    case (1, 2, 3):
        print("starred subject")

def subj():
    print("subject evaluated once")
    return [1, 2]

match subj():
    case [1]:
        print("no")
    case [1, 2, 3]:
        print("no")
    case [_, _]:
        print("yes")

match (n := 10):
    case 10:
        print("walrus subject", n)
