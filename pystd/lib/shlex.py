"""Shell-like splitting and quoting (nbcheck's shlex): split (POSIX mode,
optionally with comments), quote and join, as CPython 3.11. The shlex
lexer class itself is not provided."""

import re as _re

__all__ = ['split', 'quote', 'join']

_ESCAPED_IN_DOUBLE = '\\"'


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError('s argument must not be None')
    if not posix:
        raise NotImplementedError('unsupported: shlex.split(posix=False)')
    tokens = []
    cur = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if cur is not None:
                tokens.append(cur)
                cur = None
            i += 1
        elif c == '#' and comments:
            # A comment ends the word it starts in.
            if cur is not None:
                tokens.append(cur)
                cur = None
            j = s.find('\n', i)
            if j < 0:
                break
            i = j + 1
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            cur = (cur or '') + s[i + 1]
            i += 2
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            cur = (cur or '') + s[i + 1:j]
            i = j + 1
        elif c == '"':
            part = []
            j = i + 1
            while True:
                if j >= n:
                    raise ValueError('No closing quotation')
                d = s[j]
                if d == '"':
                    break
                if d == '\\':
                    if j + 1 >= n:
                        raise ValueError('No closing quotation')
                    if s[j + 1] in _ESCAPED_IN_DOUBLE:
                        part.append(s[j + 1])
                    else:
                        part.append(d + s[j + 1])
                    j += 2
                    continue
                part.append(d)
                j += 1
            cur = (cur or '') + ''.join(part)
            i = j + 1
        else:
            cur = (cur or '') + c
            i += 1
    if cur is not None:
        tokens.append(cur)
    return tokens


_find_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return ' '.join(quote(arg) for arg in split_command)
