import csv
import io

data = 'id,name,score\n1,Ada,9.5\n2,Bob,7\n\n3,Cy\n4,Di,8,extra,more\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['a', 'b'], restval='?')
print(list(r))
r = csv.DictReader(io.StringIO('a,b\n1,2,3\n'), restkey='rest')
print(list(r))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'score'])
print(w.writeheader())
w.writerow({'id': 1, 'name': 'Ada', 'score': 9.5})
w.writerows([{'id': 2, 'name': 'Bob, Jr.'}, {'name': 'Cy', 'id': 3, 'score': 0}])
print(repr(out.getvalue()))
try:
    w.writerow({'id': 4, 'bad': 1, 'worse': 2})
except ValueError as e:
    print('ValueError:', e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
print(csv.list_dialects()[:3], csv.get_dialect('excel').delimiter, csv.QUOTE_NONNUMERIC)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error:', e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
b = io.StringIO()
csv.writer(b, 'pipes').writerow(['a', 1])
print(repr(b.getvalue()), list(csv.reader(['"a"|"1"'], 'pipes')))
print(csv.Error.__module__, issubclass(csv.Error, Exception))
