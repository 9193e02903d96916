print(type(StopAsyncIteration).__name__, isinstance(StopAsyncIteration, type), issubclass(StopAsyncIteration, Exception))
