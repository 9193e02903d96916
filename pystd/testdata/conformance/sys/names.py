# sys's paths, names and module lists. The paths differ between machines:
# what holds is how they relate (a system Python, no virtual environment).
import sys

print(type(sys.prefix).__name__, sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(sys.executable.startswith(sys.prefix + '/bin/'), sys.executable.endswith('python3'))
print(sys.prefix != sys.base_prefix and 'venv' or 'no venv', sys.platlibdir, sys.platform, sys.byteorder)
print(type(sys.orig_argv).__name__, sys.orig_argv[1:] == sys.argv)
print(sys.copyright)
print(sys.copyright.splitlines()[0])
print(type(sys.builtin_module_names).__name__, len(sys.builtin_module_names), sys.builtin_module_names)
print('sys' in sys.builtin_module_names, 'json' in sys.builtin_module_names)
names = sys.stdlib_module_names
print(type(names).__name__, len(names), sorted(names)[:5], sorted(names)[-3:])
print(all(m in names for m in ['json', 'asyncio', 'os', 're', 'collections', 'sys', 'builtins']))
print('numpy' in names, 'pandas' in names, 'collections.abc' in names)
import collections
print(collections.__name__.partition('.')[0] in names)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
