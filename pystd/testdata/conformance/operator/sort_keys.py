from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

Student = namedtuple('Student', 'name grade age')
students = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(students, key=attrgetter('age')))
print(sorted(students, key=attrgetter('grade', 'age')))
print(sorted(students, key=itemgetter(1, 2), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
print(max(data, key=itemgetter(1)), min(data, key=itemgetter(1)))
print(list(map(methodcaller('strip', 'x'), ['xax', 'bxx'])))
d = {'b': 2, 'a': 3, 'c': 1}
print(sorted(d.items(), key=itemgetter(1)), max(d.items(), key=itemgetter(1))[0])
