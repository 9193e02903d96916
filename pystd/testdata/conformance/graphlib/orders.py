import random
from graphlib import TopologicalSorter, CycleError

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
print(tuple(TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order()))
ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.add('deploy', 'test', 'docs')
ts.prepare()
while ts.is_active():
    group = ts.get_ready()
    print('ready', group)
    ts.done(*group)
rng = random.Random(7)
for trial in range(60):
    n = rng.randint(1, 9)
    g = {}
    for i in range(n):
        preds = [rng.randrange(n) for _ in range(rng.randint(0, 3))]
        if trial % 3:
            preds = [p for p in preds if p < i]
        g[i] = preds
    try:
        print(trial, list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print(trial, 'CycleError', e.args[0], e.args[1])
ts = TopologicalSorter({1: [2]})
for call in (ts.get_ready, ts.is_active, lambda: ts.done(1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add(3), lambda: ts.done(1), lambda: ts.done(9)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
print(ts.get_ready(), bool(ts))
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print('ValueError:', e)
try:
    TopologicalSorter({'a': 'b', 'b': 'a'}).prepare()
except CycleError as e:
    print(repr(e), str(e), isinstance(e, ValueError))
