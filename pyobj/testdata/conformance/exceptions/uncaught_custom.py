class ConfigError(Exception):
    pass
raise ConfigError('missing key')
