import json


class StringIO:
    def __init__(self, text=''):
        self.text = text

    def write(self, s):
        self.text += s

    def read(self):
        return self.text

    def getvalue(self):
        return self.text


class io:
    StringIO = StringIO


data = {'users': [{'name': 'Ann', 'age': 31, 'admin': True}, {'name': 'Bob', 'age': None, 'admin': False}],
        'count': 2, 'ratio': 0.5}
buf = io.StringIO()
json.dump(data, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(text)
print(json.load(io.StringIO(text)) == data)
print(json.load(io.StringIO('[1, "two", {"3": 4}]')))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
json.dump([1, {'a': None}], c)
print(''.join(c.parts))
try:
    json.load(io.StringIO('{"broken": }'))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
