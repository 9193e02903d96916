# Nesting limits: CPython's RecursionError past its recursion limit (from a script's top level).
import json
try: json.loads('['*100000)
except RecursionError as e: print(e)
try: json.loads('{"a":'*100000)
except RecursionError as e: print(e)
for n in [900, 990, 995, 996, 1000]:
    try: json.loads('['*n + ']'*n); print(n, 'ok')
    except RecursionError as e: print(n, e)
print(len(json.dumps(json.loads('['*500 + ']'*500))))
for n in [980, 990, 995, 996, 1000]:
    x = []
    for i in range(n - 1):
        x = [x]
    try:
        s = json.dumps(x); print(n, 'ok', len(s))
    except RecursionError as e:
        print(n, e)
