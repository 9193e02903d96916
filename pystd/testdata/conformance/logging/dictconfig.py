import logging
import logging.config

old = logging.getLogger('old.module')
LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'simple': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '[{levelname}] {message}', 'style': '{'},
    },
    'handlers': {
        'console': {
            'class': 'logging.StreamHandler',
            'level': 'DEBUG',
            'formatter': 'simple',
            'stream': 'ext://sys.stdout',
        },
        'errors': {
            'class': 'logging.StreamHandler',
            'level': 'ERROR',
            'formatter': 'brace',
            'stream': 'ext://sys.stdout',
        },
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['console', 'errors'], 'propagate': False},
        'app.quiet': {'level': 'WARNING'},
    },
    'root': {'level': 'INFO', 'handlers': ['console']},
}
logging.config.dictConfig(LOGGING)
app = logging.getLogger('app')
app.debug('debug from app')
app.error('error from app')
logging.getLogger('app.quiet').info('hidden')
logging.getLogger('app.quiet').warning('quiet warns')
logging.getLogger('other').info('root handles other')
logging.getLogger('other').debug('root level hides this')
old.warning('old logger still works')
print(app.handlers, app.propagate, logging.getLogger().level)

logging.config.dictConfig({'version': 1, 'root': {'level': 'WARNING', 'handlers': []}})
old.warning('disabled now')
print(old.disabled, app.disabled)
try:
    logging.config.dictConfig({'version': 2})
except ValueError as e:
    print(type(e).__name__, e)
