"""Unix shell-style filename matching (nbcheck's fnmatch): fnmatch,
fnmatchcase and filter as CPython 3.11 (on Linux, where names are compared
case-sensitively). translate gives a working regular expression, not
necessarily CPython's text."""

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def _class_end(pat, i):
    """Index just past the ']' closing the class opened at pat[i-1], or -1."""
    j = i
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    return j + 1 if j < len(pat) else -1


def _in_class(c, body):
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    found = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= c <= body[k + 2]:
                found = True
            k += 3
        else:
            if body[k] == c:
                found = True
            k += 1
    return found != negate


def _match(name, pat):
    # Iterative matcher with backtracking to the last '*'.
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                end = _class_end(pat, p + 1)
                if end > 0:
                    if _in_class(name[n], pat[p + 1:end - 1]):
                        n += 1
                        p = end
                        continue
                elif name[n] == '[':
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(name, pat)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-sensitively on Linux)."""
    return _match(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    return [n for n in names if _match(n, pat)]


def translate(pat):
    """A regular expression matching what the shell pattern matches."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            end = _class_end(pat, i)
            if end < 0:
                out.append('\\[')
            else:
                body = pat[i:end - 1].replace('\\', '\\\\')
                if body.startswith('!'):
                    body = '^' + body[1:]
                out.append('[' + body + ']')
                i = end
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
