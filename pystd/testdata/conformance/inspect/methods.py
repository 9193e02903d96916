# Predicates and signatures of async and plain methods, static and class methods, partials.
import inspect, asyncio, functools
class S:
    async def fetch(self, x): pass
    def sync(self): pass
    @staticmethod
    async def st(): pass
    @classmethod
    async def cm(cls): pass
s = S()
print(inspect.iscoroutinefunction(s.fetch), inspect.iscoroutinefunction(S.fetch), inspect.iscoroutinefunction(s.sync))
print(inspect.iscoroutinefunction(S.st), inspect.iscoroutinefunction(S.cm), inspect.ismethod(s.fetch))
print(inspect.signature(s.fetch), inspect.signature(S.fetch), inspect.signature(S.cm))
print(inspect.iscoroutinefunction(functools.partial(S.st)))
print(asyncio.iscoroutinefunction(s.fetch), inspect.isfunction(S.fetch))
