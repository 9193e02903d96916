from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(2) as ex:
    r = ex.map(abs, [-1, 2])
    print(repr(r).split(" at ")[0], list(r))
