print(__nbc_fmt('\xe9', 'a', ''))
