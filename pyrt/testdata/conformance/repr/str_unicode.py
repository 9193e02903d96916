print(repr('caf\u00e9'), repr('\u2603'), repr('\U0001f600'))
