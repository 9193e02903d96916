print(__nbc_mod('%(a)s-%(b)d', dict(a='x', b=2)))
