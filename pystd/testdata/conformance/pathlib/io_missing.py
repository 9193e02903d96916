import tomllib
from pathlib import Path

pyproject_file = Path('pyproject.toml')
try:
    with pyproject_file.open('rb') as f:
        print(tomllib.load(f))
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    Path('missing.txt').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e)
