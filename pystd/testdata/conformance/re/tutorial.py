import re

log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:02 INFO [web] GET /index.html 200 0.023s
2024-01-15 10:24:05 WARNING [web] Slow response: 2.5s
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice
"""
pattern = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in pattern.finditer(log):
    print(m.group('date'), m['level'], m.group('src'), '|', m.group('msg'))
print([m.groupdict()['level'] for m in pattern.finditer(log)])
print(re.findall(r'ERROR \[(\w+)\]', log))
print(re.findall(r'(\d+\.\d+)s', log))
print(re.search(r'user=(\w+)', log).group(1))
counts = {}
for level in re.findall(r'^\S+ \S+ (\w+)', log, flags=re.MULTILINE):
    counts[level] = counts.get(level, 0) + 1
print(counts)

text = 'Contact us at info@example.com or sales@shop.co.uk. Call +1-555-123-4567 or (555) 987-6543.'
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+\w', text))
print(re.findall(r'\(?\d{3}\)?[\s-]\d{3}-\d{4}', text))
print(re.sub(r'\d', '#', text[-30:]))
print(re.sub(r'(\w+)@(\w+)', r'<\1 at \2>', 'mail bob@site now'))

def title(m):
    return m.group(0).capitalize()

print(re.sub(r'\b[a-z]+\b', title, 'the quick brown fox'))
print(re.split(r'[;,]\s*', 'apples, oranges;bananas ,  kiwis'))
print(re.fullmatch(r'[A-Z]{2}\d{4}', 'AB1234') is not None, re.fullmatch(r'[A-Z]{2}\d{4}', 'AB12345'))
dates = 'Due: 03/15/2024, paid 04/01/2024'
print(re.sub(r'(\d{2})/(\d{2})/(\d{4})', r'\3-\1-\2', dates))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it?")
print(words, len(words))
print(re.sub(r'\s+', ' ', '  too    many   spaces  ').strip())
print(bool(re.match(r'^\w+$', 'hello_world')), bool(re.match(r'^\w+$', 'hello world')))
html = '<p>Hello <b>World</b></p>'
print(re.sub(r'<[^>]+>', '', html), re.findall(r'<(\w+)>', html))
print(re.compile(r'\d+').sub(lambda m: str(int(m.group()) ** 2), '1 2 3 10'))
camel = 'thisIsCamelCase'
print(re.sub(r'(?<!^)(?=[A-Z])', '_', camel).lower() if False else re.sub(r'([A-Z])', r'_\1', camel).lower())
