import shlex

for s in ['ls -la /tmp', 'echo "hello world"', "grep 'a b' file.txt", 'a\\ b c', 'x="1 2" y',
          'say "esc \\" \\\\ \\$ \\n"', "a '' b", 'a""b', '  lead  trail  ', 'a#b # c', 'é ü',
          "mixed'quotes'\"and\"more", 'tab\there', 'multi\nline', '']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # comment\nb', comments=True), shlex.split('#x', comments=True), shlex.split('a#b', comments=True))
for bad in ['"open', "it's", 'end\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for s in ['', 'plain', 'has space', "it's", 'a;b', '$HOME', 'x@y%z+=:,./-', 'é']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['cp', 'my file.txt', "it's here", '-v']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
