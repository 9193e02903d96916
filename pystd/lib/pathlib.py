"""Object-oriented filesystem paths (nbcheck's pathlib): PurePath,
PurePosixPath, Path and PosixPath, as CPython 3.11 on Linux. Path's file
operations go through nbcheck's sandboxed os, os.path and open, so they
reach only what the sandbox allows; stat(), owner(), chmod(), symlinks and
the other metadata methods raise NotImplementedError('unsupported: ...')."""

import os
import errno as _errno
import fnmatch as _fnmatch
from _nbunsupported import function as _unsupported

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse(parts):
    """The root ('' or '/', '//' kept as CPython keeps it) and the
    components of the joined argument paths."""
    root = ''
    comps = []
    for p in parts:
        if isinstance(p, PurePath):
            p = str(p)
        elif hasattr(p, '__fspath__'):
            p = p.__fspath__()
        if not isinstance(p, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
        if p.startswith('/'):
            comps = []
            root = '//' if p.startswith('//') and not p.startswith('///') else '/'
        for c in p.split('/'):
            if c and c != '.':
                comps.append(c)
    return root, comps


class PurePath:
    """A path without I/O: its string form, parts and derived paths."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._comps = _parse(args)
        return self

    @classmethod
    def _make(cls, root, comps):
        self = object.__new__(cls)
        self._root, self._comps = root, list(comps)
        return self

    def __str__(self):
        s = self._root + '/'.join(self._comps)
        return s or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def __hash__(self):
        return hash(str(self))

    def _key(self, other):
        if not isinstance(other, PurePath) or type(other)._flavour != type(self)._flavour:
            return NotImplemented
        return (self._root, self._comps), (other._root, other._comps)

    def __eq__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] == k[1]

    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else str(self) < str(other)

    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else str(self) <= str(other)

    def __gt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else str(self) > str(other)

    def __ge__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else str(self) >= str(other)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key, self])
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_parts([self] + list(args))

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._comps)

    @property
    def name(self):
        return self._comps[-1] if self._comps else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._comps:
            return self
        return self._make(self._root, self._comps[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._comps[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._comps[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = self._from_parts(list(other))
        n = len(base._comps)
        if base._root != self._root or self._comps[:n] != base._comps:
            formatted = str(base)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), formatted))
        return self._make('', self._comps[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = self._from_parts([path_pattern])
        if not pat._comps and not pat._root:
            raise ValueError('empty pattern')
        if pat._root:
            if pat._root != self._root or len(pat._comps) != len(self._comps):
                return False
        elif len(pat._comps) > len(self._comps):
            return False
        for part, p in zip(reversed(self._comps), reversed(pat._comps)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


class _Parents:
    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._comps)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._make(self._path._root, self._path._comps[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePosixPath(PurePath):
    _flavour = 'posix'
    __slots__ = ()


class PureWindowsPath(PurePath):
    _flavour = 'windows'

    def __new__(cls, *args):
        raise NotImplementedError('unsupported: pathlib.PureWindowsPath')


def _not_found(path):
    return FileNotFoundError(_errno.ENOENT, 'No such file or directory', str(path))


class Path(PurePath):
    """A filesystem path with I/O (through nbcheck's sandbox)."""

    _flavour = 'posix'

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        p = os.path.realpath(str(self.absolute()))
        if strict and not os.path.exists(p):
            raise _not_found(self)
        return self._from_parts([p])

    def expanduser(self):
        return self._from_parts([os.path.expanduser(str(self))])

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        # (The sandbox's open words its errors as Go does; pathlib raises
        # CPython's FileNotFoundError.)
        try:
            if encoding is None:
                return open(str(self), mode)
            return open(str(self), mode, encoding=encoding)
        except FileNotFoundError:
            raise _not_found(self) from None

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(_errno.EEXIST, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if self.exists():
            if exist_ok and self.is_dir():
                return
            raise FileExistsError(_errno.EEXIST, 'File exists', str(self))
        if parents:
            os.makedirs(str(self), exist_ok=True)
        else:
            if not self.parent.exists():
                raise _not_found(self)
            os.mkdir(str(self))

    def unlink(self, missing_ok=False):
        if not self.exists():
            if missing_ok:
                return
            raise _not_found(self)
        os.remove(str(self))

    def rmdir(self):
        if not self.exists():
            raise _not_found(self)
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self._from_parts([target])

    def replace(self, target):
        os.replace(str(self), str(target))
        return self._from_parts([target])

    def iterdir(self):
        if not self.exists():
            raise _not_found(self)
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._comps + [name])

    def glob(self, pattern):
        return self._glob(pattern, False)

    def rglob(self, pattern):
        return self._glob(pattern, True)

    def _glob(self, pattern, recursive):
        pat = PurePosixPath(pattern)
        if pat.is_absolute():
            raise NotImplementedError('Non-relative patterns are unsupported')
        comps = (['**'] if recursive else []) + pat._comps
        results = [self]
        for i, c in enumerate(comps):
            nxt = []
            for base in results:
                if c == '**':
                    nxt.extend(self._walk_dirs(base))
                elif any(ch in c for ch in '*?['):
                    if base.is_dir():
                        for name in sorted(os.listdir(str(base))) if False else os.listdir(str(base)):
                            if not name.startswith('.') or c.startswith('.'):
                                if _fnmatch.fnmatchcase(name, c):
                                    child = base._make(base._root, base._comps + [name])
                                    if i == len(comps) - 1 or child.is_dir():
                                        nxt.append(child)
                else:
                    child = base._make(base._root, base._comps + [c])
                    if child.exists():
                        nxt.append(child)
            results = nxt
        seen = set()
        for r in results:
            if str(r) not in seen:
                seen.add(str(r))
                yield r

    def _walk_dirs(self, base):
        out = [base]
        if base.is_dir():
            for name in os.listdir(str(base)):
                child = base._make(base._root, base._comps + [name])
                if child.is_dir() and not child.is_symlink():
                    out.extend(self._walk_dirs(child))
        return out

    def samefile(self, other_path):
        return os.path.realpath(str(self)) == os.path.realpath(str(other_path))


_NO_METADATA = "nbcheck's sandbox gives no file metadata, owners, modes or links"
for _name in ('stat', 'lstat', 'owner', 'group', 'chmod', 'lchmod', 'symlink_to', 'hardlink_to',
              'link_to', 'readlink', 'is_mount', 'is_block_device', 'is_char_device', 'is_fifo',
              'is_socket'):
    setattr(Path, _name, _unsupported('pathlib.Path.' + _name, _NO_METADATA))
del _name


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
