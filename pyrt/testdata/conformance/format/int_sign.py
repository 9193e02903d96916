print(format(5, '+'), format(-5, '+'), format(5, ' '), format(5, '-'))
