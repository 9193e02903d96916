print(len(set('hello')), len(set()))
