from pathlib import Path, PurePath, PurePosixPath, PosixPath
import fnmatch

for s in ['a/b/c.txt', '/etc/hosts', 'a//b/./c/', '', '.', '/', '//srv/x', '///x', 'archive.tar.gz',
          '.bashrc', 'dir/', 'x.']:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.parent, p.anchor, p.is_absolute())
p = Path('data') / 'raw' / 'file.csv'
print(type(p).__name__, p, repr(p), p.parent.parent, list(p.parents), len(p.parents), p.parents[0])
print(p.with_suffix('.json'), p.with_name('other.txt'), p.with_stem('f2'), p.with_suffix(''))
print('/root' / PurePath('x'), PurePath('a', 'b', '/c', 'd'), Path('/a/b').joinpath('c', 'd'))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('a/b') == PurePath('a//b'), PurePath('a') < PurePath('b'))
print(sorted([Path('b'), Path('a/c'), Path('a')]), hash(Path('x/y')) == hash(Path('x//y')))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('a/b.py').match('/*.py'))
print(Path('/x/y').as_uri(), Path('a b').as_posix(), str(Path('/x/y').parents[1]))
try:
    PurePath('/a/b').relative_to('/c')
except ValueError as e:
    print('ValueError:', e)
for bad in [lambda: PurePath('a').with_suffix('json'), lambda: PurePath('/').with_name('x'),
            lambda: PurePath('a').with_name('')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(fnmatch.fnmatch('data.csv', '*.csv'), fnmatch.fnmatchcase('A.CSV', '*.csv'),
      fnmatch.filter(['a.py', 'b.txt', 'c.py', '[x].py'], '*.py'), fnmatch.fnmatch('b1', '[a-c][0-9]'),
      fnmatch.fnmatch('d1', '[!a-c]?'), fnmatch.fnmatch('x', '[]'), fnmatch.fnmatch('ab', 'a*b*'))
