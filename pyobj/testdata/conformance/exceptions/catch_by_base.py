class AppError(Exception): pass
class DbError(AppError): pass
try:
    raise DbError('db down')
except AppError as e:
    print('app error:', e, type(e).__name__)
