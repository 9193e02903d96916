import logging
import sys

logger = logging.getLogger('custom')
logger.setLevel(logging.DEBUG)
logger.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter('[%(levelname)s] %(name)s: %(message)s'))
logger.addHandler(h)
logger.debug('below handler level')
logger.info('info shown')
logger.warning('warn %s', 'shown')
print(h, logger.handlers == [h], h.level, h.formatter._fmt)

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
logger.addHandler(h2)
logger.error('two handlers')
logger.removeHandler(h)
logger.error('one handler')


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


h2.addFilter(OnlyErrors())
logger.warning('filtered out')
logger.error('passes filter')
h2.addFilter(lambda r: 'secret' not in r.getMessage())
logger.error('secret stuff')
logger.error('public stuff')

fmt = logging.Formatter('%(asctime)s %(levelname)s %(message)s', datefmt='%Y/%m/%d %H:%M')
fmt.converter = __import__('time').gmtime
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('x',), 'levelname': 'INFO', 'created': 86400.5, 'msecs': 500.0})
print(fmt.format(rec))
fmt2 = logging.Formatter('%(asctime)s|%(message)s')
fmt2.converter = __import__('time').gmtime
print(fmt2.format(rec), rec.getMessage(), rec.message)
print(logging.Formatter().format(rec))

parent = logging.getLogger('p')
parent.setLevel(logging.WARNING)
ph = logging.StreamHandler(sys.stdout)
ph.setFormatter(logging.Formatter('parent saw: %(name)s %(message)s'))
parent.addHandler(ph)
kid = logging.getLogger('p.kid')
kid.warning('bubbles up')
kid.info('too low')
kid.setLevel(logging.INFO)
kid.info('kid level lets it through')
kid.propagate = False
kid.warning('not propagated, last resort')
adapter = logging.LoggerAdapter(parent, {'user': 'ann'})
adapter.warning('adapter message')
print(adapter)
