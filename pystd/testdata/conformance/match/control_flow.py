def first_even(items):
    for i in items:
        match i:
            case int() if i % 2 == 0:
                return i
            case "stop":
                break
            case "skip":
                continue
            case _:
                pass
        print("looked at", i)
    return None

print(first_even([1, "skip", 3, 4, 5]))
print(first_even([1, "stop", 4]))

def gen(items):
    for i in items:
        match i:
            case [a, b]:
                yield a + b
            case x:
                yield x

print(list(gen([[1, 2], 5, [3, 4]])))

i = 0
while True:
    i += 1
    match i:
        case 3:
            print("three, continue")
            continue
        case 5:
            print("five, break")
            break
    print("i =", i)
