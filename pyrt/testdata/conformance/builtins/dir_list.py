print('append' in dir([]), 'pop' in dir([]))
