print('hello WORLD'.capitalize(), ''.capitalize())
