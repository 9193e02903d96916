print('Hello'.casefold(), 'STRASSE'.casefold())
