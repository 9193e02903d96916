print('[{:8}]'.format('ab'), '[{:8}]'.format(12))
