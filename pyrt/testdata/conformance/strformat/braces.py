print('{{}} {{{}}}'.format(7))
