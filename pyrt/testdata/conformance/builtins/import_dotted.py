try:
    import concurrency.futures
except ImportError as e:
    print(e)
try:
    from nosuch.sub import x
except ImportError as e:
    print(e)
