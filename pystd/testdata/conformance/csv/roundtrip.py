import csv
import io

rows = [['name', 'age', 'note'], ['Ada', 36, 'likes "math"'], ['Bob', None, 'a,b'],
        ['Cy', 4.5, 'multi\nline'], ['', '', ''], [' lead', True, "it's"], ['x']]
buf = io.StringIO()
w = csv.writer(buf)
for r in rows:
    print(w.writerow(r), end=' ')
print()
print(repr(buf.getvalue()))
buf.seek(0)
rd = csv.reader(buf)
for r in rd:
    print(rd.line_num, r)
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    b = io.StringIO()
    csv.writer(b, quoting=quoting, lineterminator='\n').writerows([[1, 2.5, 'x', None], ['a b', 'c']])
    print(repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, delimiter=';', quotechar="'").writerow(["a;b", "c'd", 'e'])
print(repr(b.getvalue()))
b = io.StringIO()
try:
    csv.writer(b, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error:', e)
b = io.StringIO()
csv.writer(b, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c'])
print(repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, dialect='unix').writerow(['u', 1])
csv.writer(b, dialect='excel-tab').writerow(['t', 2, 'x\ty'])
print(repr(b.getvalue()))
text = 'a,b,c\n1,"two, three",4\n\n"quoted ""inner""",,last\n  x , y\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(text.splitlines())))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a|b|c'], delimiter='|')))
print(list(csv.reader(io.StringIO('"multi\nline",z\nlast'))))
