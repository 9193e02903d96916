print('a', flush=True)
