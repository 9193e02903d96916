print('\u00e9t\u00e9'.find('t'), '\u00e9t\u00e9'.rfind('\u00e9'))
