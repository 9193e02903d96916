class E(Exception):
    def __init__(self, field):
        self.field = field
    def __str__(self):
        return 'bad field: ' + self.field
try:
    raise E('name')
except E as e:
    print(str(e))
