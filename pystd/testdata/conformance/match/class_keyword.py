class User:
    def __init__(self, name, age=None):
        self.name = name
        if age is not None:
            self.age = age

def describe(u):
    match u:
        case User(name="root"):
            return "superuser"
        case User(name=n, age=a) if a < 18:
            return f"{n} is a minor"
        case User(name=n, age=a):
            return f"{n} is {a}"
        case User(name=n):
            return f"{n} has no age"
    return "not a user"

for u in [User("root"), User("ann", 12), User("bob", 40), User("cy"), "root"]:
    print(describe(u))

class WithProp:
    @property
    def value(self):
        print("property read")
        return 10

match WithProp():
    case WithProp(value=v):
        print("value", v)

class Raiser:
    @property
    def bad(self):
        raise KeyError("boom")

try:
    match Raiser():
        case Raiser(bad=_):
            print("no")
except KeyError as e:
    print("KeyError propagates:", e)
