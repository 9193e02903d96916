class E(ValueError): pass
try:
    raise E('v')
except Exception as e:
    print(type(e).__name__, isinstance(e, ValueError), isinstance(e, E))
