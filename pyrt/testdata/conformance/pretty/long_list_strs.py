show(['item%d' % i for i in range(15)])
