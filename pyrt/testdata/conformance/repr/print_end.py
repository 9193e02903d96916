print(1, end='|')
print(2, end='')
print()
