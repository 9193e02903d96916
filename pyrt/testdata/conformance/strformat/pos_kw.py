print('{0}{x}{1}'.format('a', 'b', x='-'))
