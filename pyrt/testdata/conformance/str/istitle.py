print('Hello World'.istitle(), 'Hello world'.istitle(), ''.istitle())
