from operator import attrgetter, itemgetter


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f'{self.name}:{self.dept}:{self.salary}'


staff = [Emp('a', 'x', 3), Emp('b', 'y', 1), Emp('c', 'x', 2), Emp('d', 'y', 3)]
print(sorted(staff, key=attrgetter('salary')))
print(sorted(staff, key=attrgetter('dept', 'salary')))
print(sorted(staff, key=attrgetter('salary'), reverse=True)[:2])
by_name = attrgetter('name')
print(list(map(by_name, staff)), max(staff, key=attrgetter('salary')))
table = [[3, 'c'], [1, 'a'], [2, 'b']]
table.sort(key=itemgetter(0))
print(table, list(map(itemgetter(1), table)))
