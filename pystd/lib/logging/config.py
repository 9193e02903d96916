"""logging.config (nbcheck's): dictConfig for the common schema
(formatters, filters, handlers, loggers, root). fileConfig and listen
are unsupported.
"""

import sys
import logging

__all__ = ['dictConfig', 'fileConfig', 'listen', 'stopListening']


def _resolve(name):
    """'ext://sys.stdout', 'logging.StreamHandler' or a dotted name."""
    if not isinstance(name, str):
        return name
    if name.startswith('ext://'):
        name = name[6:]
    parts = name.split('.')
    if parts[0] == 'sys':
        obj = sys
    elif parts[0] == 'logging':
        obj = logging
    else:
        obj = __import__(parts[0])
    for p in parts[1:]:
        if not hasattr(obj, p) and obj is logging and p == 'handlers':
            raise NotImplementedError('unsupported: logging.handlers')
        obj = getattr(obj, p)
    return obj


def dictConfig(config):
    """Configure logging from a dictionary."""
    config = dict(config)
    if config.get('version') != 1:
        raise ValueError('Unsupported version: %s' % config.get('version'))
    if config.get('incremental', False):
        raise NotImplementedError('unsupported: logging.config.dictConfig with incremental=True')
    disable_existing = config.get('disable_existing_loggers', True)

    formatters = {}
    for name, spec in dict(config.get('formatters', {})).items():
        spec = dict(spec)
        try:
            if '()' in spec:
                factory = _resolve(spec.pop('()'))
                formatters[name] = factory(**spec)
            else:
                cls = _resolve(spec.get('class', 'logging.Formatter'))
                formatters[name] = cls(spec.get('format'), spec.get('datefmt'),
                                       spec.get('style', '%'))
        except Exception as e:
            raise ValueError('Unable to configure formatter %r' % name) from e

    filters = {}
    for name, spec in dict(config.get('filters', {})).items():
        spec = dict(spec)
        if '()' in spec:
            factory = _resolve(spec.pop('()'))
            filters[name] = factory(**spec)
        else:
            filters[name] = logging.Filter(spec.get('name', ''))

    handlers = {}
    for name, spec in sorted(dict(config.get('handlers', {})).items()):
        spec = dict(spec)
        try:
            if '()' in spec:
                factory = _resolve(spec.pop('()'))
            else:
                factory = _resolve(spec.pop('class'))
            level = spec.pop('level', None)
            fmt = spec.pop('formatter', None)
            flt = spec.pop('filters', [])
            if 'stream' in spec:
                spec['stream'] = _resolve(spec['stream'])
            h = factory(**spec)
            if level is not None:
                h.setLevel(logging._checkLevel(level))
            if fmt is not None:
                h.setFormatter(formatters[fmt])
            for f in flt:
                h.addFilter(filters[f])
            h.name = name
        except NotImplementedError:
            raise
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e
        handlers[name] = h

    def configure_logger(logger, spec, is_root=False):
        spec = dict(spec)
        level = spec.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for hname in spec.get('handlers', []):
            try:
                logger.addHandler(handlers[hname])
            except KeyError:
                raise ValueError('Unable to add handler %r' % hname) from None
        for f in spec.get('filters', []):
            logger.addFilter(filters[f])
        if not is_root:
            logger.propagate = spec.get('propagate', True)

    root = logging.getLogger()
    existing = [n for n, l in root.manager.loggerDict.items() if isinstance(l, logging.Logger)]
    configured = []
    for name, spec in dict(config.get('loggers', {})).items():
        configure_logger(logging.getLogger(name), spec)
        configured.append(name)
    if 'root' in config:
        configure_logger(root, config['root'], is_root=True)
    if disable_existing:
        for name in existing:
            if name in configured:
                continue
            child_of_configured = False
            for c in configured:
                if name.startswith(c + '.'):
                    child_of_configured = True
            if not child_of_configured:
                root.manager.loggerDict[name].disabled = True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('unsupported: logging.config.fileConfig')


def listen(port=9030, verify=None):
    raise NotImplementedError('unsupported: logging.config.listen')


def stopListening():
    pass
