"""nbcheck's urllib.request: importing it raises ImportError('unsupported:
...'), as the sandbox's refused modules do: nbcheck gives notebooks no
network, so a cell that imports it is reported unsupported (and the cells
that use what it defined are reported not run, not as wrong outputs)."""

raise ImportError('unsupported: module urllib.request: nbcheck gives notebooks no network')
