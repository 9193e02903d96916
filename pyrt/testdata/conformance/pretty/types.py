show(int)
show(str)
show(ValueError)
show(dict)
