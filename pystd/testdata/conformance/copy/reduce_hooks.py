import copy


class Config:
    def __init__(self, name, opts=None):
        print('init', name)
        self.name = name
        self.opts = opts or {}

    def __reduce__(self):
        return (Config, (self.name, self.opts))


c = Config('x', {'k': [1]})
c2 = copy.deepcopy(c)
c2.opts['k'].append(2)
print(c.opts, c2.opts, c2.name)
c3 = copy.copy(c)
print(c3.opts is c.opts)


class State:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)


s = copy.deepcopy(State())
print(s.v)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.items = []


a = Counter()
b = copy.deepcopy(a)
print(Counter.count, b.items == a.items, b.items is a.items)
