"""CSV file reading and writing (nbcheck's csv): reader, writer,
DictReader, DictWriter, dialects (excel, excel-tab, unix) and the quoting
modes, with CPython 3.11's parsing, quoting and error messages. Sniffer
is not provided."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'field_size_limit', 'DictReader', 'DictWriter',
           '__doc__', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 131072


class Error(Exception):
    pass


Error.__module__ = '_csv'


class Dialect:
    """Describe a CSV dialect."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(self)


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


class _Params:
    """The resolved formatting parameters of a reader or writer."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            if name in kwargs:
                value = kwargs.pop(name)
            else:
                value = getattr(dialect, name, None)
            setattr(self, name, value)
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(kwargs)))
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False
        if self.quotechar is None and 'quotechar' not in dir(dialect):
            self.quotechar = '"'
        _validate(self)


def _validate(d):
    delim = d.delimiter
    if not isinstance(delim, str):
        raise TypeError('"delimiter" must be string, not %s' % type(delim).__name__)
    if len(delim) != 1:
        raise TypeError('"delimiter" must be a 1-character string')
    if d.quotechar is not None and (not isinstance(d.quotechar, str) or len(d.quotechar) != 1):
        raise TypeError('"quotechar" must be a 1-character string')
    if d.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if d.quotechar is None and d.quoting != QUOTE_NONE:
        raise TypeError('quotechar must be set if quoting enabled')
    if not isinstance(d.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = dialect if dialect is not None else excel
    if isinstance(base, str):
        base = get_dialect(base)
    attrs = {k: getattr(base, k, None) for k in ('delimiter', 'quotechar', 'escapechar',
                                                  'doublequote', 'skipinitialspace',
                                                  'lineterminator', 'quoting')}
    attrs.update(fmtparams)
    d = type(name, (Dialect,), attrs)
    d()
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _Writer:
    def __init__(self, f, p):
        if not hasattr(f, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = f.write
        self._p = p
        self.dialect = p

    def _field(self, value, only):
        p = self._p
        if value is None:
            text = ''
            numeric = False
        elif isinstance(value, str):
            text = value
            numeric = False
        else:
            text = repr(value) if isinstance(value, float) else str(value)
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool) or \
                type(value).__name__ in ('Decimal', 'Fraction')
        if p.quoting == QUOTE_ALL or (p.quoting == QUOTE_NONNUMERIC and not numeric):
            quote = True
        elif p.quoting == QUOTE_NONE:
            quote = False
        else:
            specials = p.delimiter + (p.quotechar or '') + (p.escapechar or '') + '\r\n'
            quote = any(c in specials for c in text) or (only and text == '')
            if text and text[0] == ' ' and False:
                quote = True
        out = []
        for c in text:
            if c == p.quotechar and p.quoting != QUOTE_NONE:
                if p.doublequote:
                    out.append(c + c)
                    continue
                if p.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(p.escapechar + c)
                quote = quote or p.quoting == QUOTE_MINIMAL
                continue
            if p.quoting == QUOTE_NONE and (c == p.delimiter or c in '\r\n' or c == p.quotechar or
                                            c == p.escapechar):
                if p.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(p.escapechar + c)
                continue
            if c == p.escapechar and p.escapechar is not None:
                out.append(c + c)
                continue
            out.append(c)
        text = ''.join(out)
        if quote:
            text = p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        line = self._p.delimiter.join(self._field(v, len(fields) == 1) for v in fields)
        return self._write(line + self._p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


class _Reader:
    def __init__(self, f, p):
        self._it = iter(f)
        self._p = p
        self.dialect = p
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        fields = []
        field = []
        state = 'start'
        quoted = False
        started = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ('start',) and not started:
                    raise
                if state == 'inquote' and p.strict:
                    raise Error('unexpected end of data')
                fields.append(''.join(field))
                return fields
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened '
                            'in text mode)' % type(line).__name__)
            self.line_num += 1
            started = True
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    quoted = False
                    if c in '\r\n':
                        if not fields and not field:
                            return []
                        fields.append(''.join(field))
                        return fields
                    if c == p.quotechar and p.quoting != QUOTE_NONE:
                        state = 'inquote'
                        quoted = True
                    elif c == p.escapechar:
                        state = 'escape'
                    elif c == ' ' and p.skipinitialspace:
                        pass
                    elif c == p.delimiter:
                        fields.append(self._value(field, False))
                        field = []
                    else:
                        field.append(c)
                        state = 'infield'
                elif state == 'infield':
                    if c in '\r\n':
                        fields.append(self._value(field, quoted))
                        return fields
                    if c == p.escapechar:
                        state = 'escape'
                    elif c == p.delimiter:
                        fields.append(self._value(field, quoted))
                        field = []
                        state = 'start'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'infield'
                elif state == 'inquote':
                    if c == p.escapechar:
                        state = 'quote_escape'
                    elif c == p.quotechar:
                        state = 'quote_in_quote' if p.doublequote else 'infield'
                    else:
                        field.append(c)
                elif state == 'quote_escape':
                    field.append(c)
                    state = 'inquote'
                elif state == 'quote_in_quote':
                    if c == p.quotechar:
                        field.append(c)
                        state = 'inquote'
                    elif c == p.delimiter:
                        fields.append(self._value(field, True))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        fields.append(self._value(field, True))
                        return fields
                    elif p.strict:
                        raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
                    else:
                        field.append(c)
                        state = 'infield'
                i += 1
                if len(field) > _field_limit:
                    raise Error('field larger than field limit (%d)' % _field_limit)
            # The line ended without a newline character.
            if state in ('inquote', 'quote_escape'):
                if state == 'quote_escape':
                    field.append('\n')
                    state = 'inquote'
                continue
            if state == 'escape':
                field.append('\n')
                state = 'infield'
                continue
            if not fields and not field and state == 'start':
                return []
            fields.append(self._value(field, state == 'quote_in_quote' or quoted))
            return fields

    def _value(self, field, quoted):
        text = ''.join(field)
        if self._p.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
