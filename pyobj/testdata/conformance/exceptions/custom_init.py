class HttpError(Exception):
    def __init__(self, status, msg):
        super(HttpError, self).__init__(msg)
        self.status = status
try:
    raise HttpError(404, 'not found')
except HttpError as e:
    print(e.status, e, e.args)
