print('stra\u00dfe'.upper(), '\u00c9cole'.lower())
