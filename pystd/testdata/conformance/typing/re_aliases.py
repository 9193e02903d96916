from typing import Pattern, Match, Optional
import re
def find(p: Pattern[str], s: str) -> Optional[Match[str]]:
    return p.search(s)
print(find(re.compile('b'), 'abc'), Pattern, Pattern[str], Match[str])
print(isinstance(re.compile('x'), Pattern))
