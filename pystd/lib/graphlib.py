"""Topological sorting (nbcheck's graphlib): TopologicalSorter and
CycleError with CPython 3.11's orders (nodes become ready in the order
they were first mentioned, successors in the order they were added) and
cycle reports."""

__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if
    cycles exist in the working graph; args[1] is the cycle."""


class _Node:
    __slots__ = ('name', 'waiting', 'after')

    def __init__(self, name):
        self.name = name
        self.waiting = 0  # predecessors not done, or _PASSED_OUT / _DONE
        self.after = []   # successors, in the order they were added


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._given = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, name):
        n = self._nodes.get(name)
        if n is None:
            n = self._nodes[name] = _Node(name)
        return n

    def add(self, node, *predecessors):
        """Add node and its predecessors to the graph."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._node(node).waiting += len(predecessors)
        for p in predecessors:
            self._node(p).after.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [n.name for n in self._nodes.values() if n.waiting == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        ready = tuple(self._ready)
        for name in ready:
            self._nodes[name].waiting = _PASSED_OUT
        self._ready = []
        self._given += len(ready)
        return ready

    def is_active(self):
        """Whether more progress can be made."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._finished < self._given or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready as processed."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for name in nodes:
            n = self._nodes.get(name)
            if n is None:
                raise ValueError(f'node {name!r} was not added using add()')
            if n.waiting != _PASSED_OUT:
                if n.waiting >= 0:
                    raise ValueError(f'node {name!r} was not passed out (still not ready)')
                raise ValueError(f'node {name!r} was already marked done')
            n.waiting = _DONE
            for s in n.after:
                succ = self._nodes[s]
                succ.waiting -= 1
                if succ.waiting == 0:
                    self._ready.append(s)
            self._finished += 1

    def _cycle(self):
        # Depth-first search from each node in turn, following successors
        # in order; a node met again while on the current path closes a
        # cycle.
        explored = set()
        for start in self._nodes:
            if start in explored:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].after)]
            explored.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in explored:
                    continue
                explored.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].after))
        return None

    def static_order(self):
        """Return an iterable of the nodes in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item) if hasattr(types, 'GenericAlias') else cls


_END = object()
