print(format(1+2j, ''), format(1+2j, '.2f'), format(2j, ''), format(1.5+0j, '>12'))
