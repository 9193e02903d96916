"""nbcheck's urllib: parse (URL parsing and quoting, as CPython 3.11);
request and error exist so that code importing them runs, but opening a
URL is unsupported (nbcheck gives notebooks no network)."""
