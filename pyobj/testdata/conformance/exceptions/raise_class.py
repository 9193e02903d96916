class Boom(Exception):
    pass
try:
    raise Boom
except Boom as e:
    print('caught', repr(e), e.args)
