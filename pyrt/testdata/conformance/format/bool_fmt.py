print(format(True), format(True, 'd'), format(False, '>5'), format(True, '^7'))
