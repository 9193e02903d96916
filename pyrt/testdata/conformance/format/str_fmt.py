print(repr(format('ab', '5')), repr(format('ab', '>5')), repr(format('ab', '^5')), repr(format('abc', '.2')))
