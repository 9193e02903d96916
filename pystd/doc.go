// Package pystd holds the standard modules that nbcheck's runtime adds to
// gpython: collections, functools, random, datetime, json, re and the
// others tutorials import.
//
// A module is either Python source under lib/ (written for nbcheck, in
// modern Python: it goes through package transpile like a user's script,
// once per process, on first import) or Go code registered with
// gpython's py.RegisterModule (a module whose name starts with an
// underscore, such as _random, usually backs a Python one). The Python
// modules see the same builtins and __nbc_* helpers as a notebook cell.
//
// Importing pystd (for its side effects) makes its modules importable in
// every context that has pyrt installed.
//
// Go modules:
//
//	_random    CPython's Mersenne Twister with CPython's seeding, behind
//	           lib/random.py: Random() -> generator with seed, random,
//	           getrandbits, randbelow, getstate, setstate; float_hash
//	_nbcmath   helpers of the Python modules: correctly rounded log, exp,
//	           sin, cos, acos, sqrt, pow; ratio_float, sqrt_ratio, gcd, isqrt
//	math       gpython's, extended (mathext.go): inf, nan, tau, gcd, lcm,
//	           isqrt, comb, perm, prod, dist, isclose, cbrt, exp2, ulp,
//	           nextafter, remainder; hypot of any number of coordinates;
//	           exp, log, log2, log10, sin, cos, tan, asin, acos, atan,
//	           atan2, sinh, cosh, tanh, hypot, pow with CPython's
//	           (glibc's) digits
//	_json      behind lib/json: the decoder's scanner (CPython's
//	           JSONDecodeError messages and character positions) and the
//	           encoder's string escaping
//	_datetime  behind lib/datetime.py and time: strftime with glibc's
//	           directives and flags, strptime's matcher (datetime.go,
//	           strptime.go)
//	_nbre      behind lib/re.py: Python patterns translated to Go's RE2
//	           (retrans.go), matching with character positions (re.go)
//	_nbc_fork  behind lib/multiprocessing: fork(target, args, kwargs), a
//	           copy of the target's namespace for an emulated process
//	           (mpfork.go)
//	_weakref   behind lib/weakref.py: handle(obj), a Go weak pointer whose
//	           get() forces a collection first, so that objects nothing
//	           refers to read as dead as under CPython's refcounting;
//	           collect() runs the callbacks of dead objects (weakref.go)
//	gc         collect() (a full Go collection, then weakref callbacks;
//	           returns 0), enable, disable, isenabled (weakref.go)
//	_nbhash    behind lib/hashlib.py and lib/uuid.py: digest(name, data)
//	           with Go's md5, sha1, sha2 and sha3 (hashlib.go)
//	_nbinspect behind lib/inspect.py: code(f) (argument counts, names and
//	           flags of a code object), genstate(gen), isgenerator(obj)
//	           (inspect.go)
//	_nbzoneinfo behind lib/zoneinfo.py: offsets, DST and abbreviations
//	           of IANA zones from the machine's tz database (Go's
//	           embedded copy where it has none), for a UTC instant or a
//	           wall time with fold (zoneinfo.go)
//	_nbstruct  behind lib/struct.py: bits(size, x, checked) and
//	           float(size, bits), IEEE 754 binary16/32/64 patterns
//	           (structfloat.go)
//	_nbpystd   small helpers for the Python modules, such as percent(fmt,
//	           args) with CPython's %-formatting (nbpystd.go)
//
// Time: datetime, timeit and calendar are Python; module time is
// asyncshim's, on the kernel's clock. datetime.now(), today(), utcnow() and
// date.today() read time.time(), so virtual sleeps move them; the virtual
// clock starts at 1700000000.0 (2023-11-14 22:13:20 UTC). The local time
// zone is UTC: naive datetimes are UTC for timestamp(), fromtimestamp()
// and astimezone(), time.localtime() equals time.gmtime() (tm_zone 'UTC'
// rather than 'GMT'). timeit's timer is the kernel's perf_counter: code
// that does not sleep takes no virtual time.
//
// Unseeded random generators are deterministic: the n-th generator seeded
// without a seed in a kernel (the module's hidden one first) is seeded with
// 0x6E62636B + n.
package pystd
