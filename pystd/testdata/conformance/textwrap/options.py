# TextWrapper's options.
import textwrap

text = "Hello there.  How are you? I am fine! Thanks for asking. The end of it-all is near."
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 20, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap("x" * 30 + " yy", 8, break_long_words=False))
print(textwrap.wrap(text, 18, max_lines=2), textwrap.wrap(text, 18, max_lines=3, placeholder="..."))
print(textwrap.wrap("a\tb\tc", 20), textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("a\nb", 20, replace_whitespace=False))
w = textwrap.TextWrapper(width=15, subsequent_indent="    ")
print(w.wrap(text))
print(w.fill("one two three four five six"))
w.width = 10
print(w.wrap("one two three four five six"))
for f in [lambda: textwrap.wrap(text, width=0),
          lambda: textwrap.wrap(text, width=5, max_lines=1, placeholder=" [......]")]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
