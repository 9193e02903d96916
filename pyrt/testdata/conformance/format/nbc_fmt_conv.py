print(__nbc_fmt('a', 'r', ''), __nbc_fmt(1.5, '', '>6'), __nbc_fmt('x', 's', '^3'))
