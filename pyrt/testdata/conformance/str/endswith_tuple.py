print('file.py'.endswith(('.py', '.txt')), 'file.md'.endswith(('.py', '.txt')))
