import copy


class Config:
    defaults = {'debug': False}

    def __init__(self, **opts):
        self.opts = dict(self.defaults)
        self.opts.update(opts)
        self.history = []

    def __eq__(self, other):
        return isinstance(other, Config) and self.opts == other.opts

    __hash__ = None


base = Config(debug=True)
clone = copy.deepcopy(base)
clone.opts['verbose'] = 1
clone.history.append('changed')
print(base.opts, clone.opts, base.history, clone.history, base == clone)
shallow = copy.copy(base)
shallow.history.append('shared')
print(base.history, shallow == base, Config.defaults)
