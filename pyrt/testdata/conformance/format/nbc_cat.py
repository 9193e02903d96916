print(__nbc_cat('a', 'b', ''), __nbc_cat())
