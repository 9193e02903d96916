d = dict()
d['missing']
