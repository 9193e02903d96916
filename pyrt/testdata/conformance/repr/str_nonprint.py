print(repr('\u200b'), repr('\xa0'), repr('\u0085'))
