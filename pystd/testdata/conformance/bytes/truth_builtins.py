# bytes truth in bool(), any(), all() and filter(), which is nbcheck's own now.
print(filter(None, []).__class__, repr(type(filter(None,[]))))
for t in ['filter(None)', 'filter(None, 5)', 'filter(None, [], x=1)']:
    try: eval(t)
    except TypeError as e: print(e)
print(list(filter(lambda x: x > 1, [1,2,3])), list(filter(None, [0, 1, '', 'a', b'', b'x', [], None])))
print(bool(b''), bool(b'a'), any([b'']), all([b'a', b'']), [x for x in [b'', b'y'] if x])
f = filter(str.isdigit, 'a1b2')
print(next(f), list(f))
