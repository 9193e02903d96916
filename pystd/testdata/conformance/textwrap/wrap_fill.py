# wrap and fill with the default options and a few widths.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "provides some convenience functions, as well as TextWrapper, the class "
        "that does all the work. If you're just wrapping or filling one or two "
        "text strings, the convenience functions should be good enough.")
print(textwrap.fill(text))
print()
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, width=25))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a  b   c"))
print(textwrap.wrap("Supercalifragilisticexpialidocious is a long word indeed", width=10))
print(textwrap.wrap("a well-known, state-of-the-art, easy-to-use and user-friendly tool", width=12))
print(textwrap.wrap("an em--dash and a-b-c and e-mail and 123-456 and --flag", width=9))
print(textwrap.wrap("tabs\tand\nnewlines\r\nhere", width=10))
for w in range(3, 12, 4):
    print(w, textwrap.wrap("pre-processing well-being multi-word-compound", width=w))
