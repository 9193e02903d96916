def f(): pass
print(callable(f), callable(1), callable(len), callable(int))
