# shorten, dedent and indent.
import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(repr(textwrap.shorten("   lots   of    space   ", 50)))
s = '''\
    def hello():
        print("hi")

    hello()
'''
print(textwrap.dedent(s))
print(repr(textwrap.dedent("  a\n    b\n")), repr(textwrap.dedent("\ta\n    b")), repr(textwrap.dedent("  a\n\n  b\n  ")))
print(repr(textwrap.dedent("x\n  y")), repr(textwrap.dedent("   \n  a\n")), repr(textwrap.dedent(" \t a\n \t b\n")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(repr(textwrap.indent("a\n\n  \nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "-")))
