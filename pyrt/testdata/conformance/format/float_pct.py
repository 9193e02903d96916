print(format(0.25, '%'), format(0.125, '.1%'), format(1.0, '.0%'))
