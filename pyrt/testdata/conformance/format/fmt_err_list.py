format([1], 'd')
