package asyncshim

// This file defines module time on the loop's clock, in a fixed UTC zone.
//
// time functions (module time):
//
//	time(), time_ns()                     wall clock (virtual: from 1700000000.0)
//	monotonic(), monotonic_ns()           loop clock (virtual: from 1000.0)
//	perf_counter(), perf_counter_ns()     same as monotonic
//	process_time(), process_time_ns()     same as monotonic, minus its origin
//	thread_time(), thread_time_ns()       same as process_time
//	sleep(secs)                           block the current thread
//	gmtime([secs]), localtime([secs])     struct_time in UTC (tm_zone 'GMT', 'UTC')
//	mktime(t), asctime([t]), ctime([secs]), strftime(format[, t])
//	strptime(string[, format])            pystd's _strptime, imported as user code would
//	get_clock_info(name)                  CPython's Linux answers
//	struct_time(seq)                      9 to 11 fields, compared and hashed as a tuple
//	timezone, altzone, daylight, tzname   UTC
//
// strftime takes glibc's directives, flags (- _ 0 ^ #), widths and E/O
// modifiers in the C locale, as CPython on Linux does.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// StructTime is time.struct_time: nine int fields, with tm_zone and
// tm_gmtoff (None when made from a 9-sequence).
type StructTime struct {
	f      [9]py.Object
	zone   py.Object
	gmtoff py.Object
}

// StructTimeType is time.struct_time.
var StructTimeType = py.NewType("struct_time", "The time value as returned by gmtime(), localtime(), and strptime().")

func init() {
	StructTimeType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, newExc(py.TypeError, fmt.Sprintf("time.struct_time() takes at most 2 arguments (%d given)", len(args)))
		}
		seq, err := py.SequenceTuple(args[0])
		if err != nil {
			return nil, newExc(py.TypeError, "constructor requires a sequence")
		}
		switch {
		case len(seq) < 9:
			return nil, newExc(py.TypeError, fmt.Sprintf("time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(seq)))
		case len(seq) > 11:
			return nil, newExc(py.TypeError, fmt.Sprintf("time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(seq)))
		}
		s := &StructTime{zone: py.None, gmtoff: py.None}
		copy(s.f[:], seq)
		if len(seq) > 9 {
			s.zone = seq[9]
		}
		if len(seq) > 10 {
			s.gmtoff = seq[10]
		}
		return s, nil
	}
}

// newStructTime makes the struct_time of t (in UTC) with time zone name zone.
func newStructTime(t time.Time, zone string) *StructTime {
	wday := (int(t.Weekday()) + 6) % 7
	return &StructTime{
		f: [9]py.Object{py.Int(t.Year()), py.Int(t.Month()), py.Int(t.Day()), py.Int(t.Hour()),
			py.Int(t.Minute()), py.Int(t.Second()), py.Int(wday), py.Int(t.YearDay()), py.Int(0)},
		zone: py.String(zone), gmtoff: py.Int(0),
	}
}

// Type returns time.struct_time.
func (s *StructTime) Type() *py.Type { return StructTimeType }

var structTimeNames = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *StructTime) M__repr__() (py.Object, error) {
	var parts []string
	for i, f := range s.f {
		r, err := py.Repr(f)
		if err != nil {
			return nil, err
		}
		parts = append(parts, structTimeNames[i]+"="+string(r.(py.String)))
	}
	return py.String("time.struct_time(" + strings.Join(parts, ", ") + ")"), nil
}

func (s *StructTime) M__str__() (py.Object, error) { return s.M__repr__() }

func (s *StructTime) M__getattr__(name string) (py.Object, error) {
	for i, n := range structTimeNames {
		if n == name {
			return s.f[i], nil
		}
	}
	switch name {
	case "tm_zone":
		return s.zone, nil
	case "tm_gmtoff":
		return s.gmtoff, nil
	case "n_fields":
		return py.Int(11), nil
	case "n_sequence_fields":
		return py.Int(9), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'time.struct_time' object has no attribute '%s'", name))
}

func (s *StructTime) tuple() py.Tuple { return py.Tuple(append([]py.Object(nil), s.f[:]...)) }

func (s *StructTime) M__getitem__(k py.Object) (py.Object, error) {
	return py.GetItem(s.tuple(), k)
}

func (s *StructTime) M__len__() (py.Object, error) { return py.Int(9), nil }

func (s *StructTime) M__iter__() (py.Object, error) { return py.Iter(s.tuple()) }

func (s *StructTime) M__hash__() (py.Object, error) {
	h, err := pyrt.Hash(s.tuple())
	return py.Int(h), err
}

// otherTuple returns the fields of a struct_time or tuple to compare with.
func otherTuple(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case *StructTime:
		return v.tuple(), true
	case py.Tuple:
		return v, true
	}
	return nil, false
}

func (s *StructTime) M__eq__(o py.Object) (py.Object, error) {
	t, ok := otherTuple(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return pyvm.Compare(vm.PyCmp_EQ, s.tuple(), t)
}

func (s *StructTime) M__ne__(o py.Object) (py.Object, error) {
	t, ok := otherTuple(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return pyvm.Compare(vm.PyCmp_NE, s.tuple(), t)
}

// order compares lexicographically (gpython's tuples do not order).
func (s *StructTime) order(o py.Object, op string) (py.Object, error) {
	t, ok := otherTuple(o)
	if !ok {
		return py.NotImplemented, nil
	}
	a := s.tuple()
	for i := 0; i < len(a) && i < len(t); i++ {
		eq, err := pyvm.Eq(a[i], t[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		switch op {
		case "<", "<=":
			return py.Lt(a[i], t[i])
		default:
			return py.Gt(a[i], t[i])
		}
	}
	var r bool
	switch op {
	case "<":
		r = len(a) < len(t)
	case "<=":
		r = len(a) <= len(t)
	case ">":
		r = len(a) > len(t)
	default:
		r = len(a) >= len(t)
	}
	return py.NewBool(r), nil
}

func (s *StructTime) M__lt__(o py.Object) (py.Object, error) { return s.order(o, "<") }
func (s *StructTime) M__le__(o py.Object) (py.Object, error) { return s.order(o, "<=") }
func (s *StructTime) M__gt__(o py.Object) (py.Object, error) { return s.order(o, ">") }
func (s *StructTime) M__ge__(o py.Object) (py.Object, error) { return s.order(o, ">=") }

// tm is a broken-down time as C's struct tm holds it, with tm_wday from
// Monday (Python's convention) and tm_yday from 1.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	nsec                                               int
	// For datetime.strftime: %z and %Z print z and zone as they are.
	zoneSet bool
	z       string
}

func tmOf(t time.Time, zone string) tm {
	return tm{year: t.Year(), mon: int(t.Month()), mday: t.Day(), hour: t.Hour(), min: t.Minute(),
		sec: t.Second(), wday: (int(t.Weekday()) + 6) % 7, yday: t.YearDay(), zone: zone, nsec: t.Nanosecond()}
}

// toTm reads a struct_time or 9-tuple; fn names the function in errors.
func toTm(fn string, o py.Object) (tm, error) {
	var fields []py.Object
	zone := ""
	switch v := o.(type) {
	case *StructTime:
		fields = v.f[:]
		if z, ok := v.zone.(py.String); ok {
			zone = string(z)
		}
	case py.Tuple:
		fields = v
	default:
		return tm{}, newExc(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(fields) != 9 {
		return tm{}, newExc(py.TypeError, fn+"(): illegal time tuple argument")
	}
	var v [9]int
	for i, f := range fields {
		n, err := py.MakeGoInt(f)
		if err != nil {
			return tm{}, err
		}
		v[i] = n
	}
	return tm{year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8], zone: zone}, nil
}

// checkTm normalises and checks t as time.strftime and asctime do.
func checkTm(t *tm) error {
	if t.mon == 0 {
		t.mon = 1
	}
	if t.mday == 0 {
		t.mday = 1
	}
	if t.yday == 0 {
		t.yday = 1
	}
	bad := ""
	switch {
	case t.mon < 1 || t.mon > 12:
		bad = "month out of range"
	case t.mday < 1 || t.mday > 31:
		bad = "day of month out of range"
	case t.hour < 0 || t.hour > 23:
		bad = "hour out of range"
	case t.min < 0 || t.min > 59:
		bad = "minute out of range"
	case t.sec < 0 || t.sec > 61:
		bad = "seconds out of range"
	case t.wday < 0:
		bad = "day of week out of range"
	case t.yday < 1 || t.yday > 366:
		bad = "day of year out of range"
	}
	if bad != "" {
		return newExc(py.ValueError, bad)
	}
	t.wday %= 7
	return nil
}

// unix returns the seconds since the epoch of t's fields, in UTC,
// normalising out-of-range fields as mktime does.
func (t tm) unix() int64 {
	return time.Date(t.year, time.Month(t.mon), t.mday, t.hour, t.min, t.sec, 0, time.UTC).Unix()
}

var (
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// isoWeek returns the ISO year and week of t.
func (t tm) isoWeek() (int, int) {
	return time.Date(t.year, time.Month(t.mon), t.mday, 12, 0, 0, 0, time.UTC).ISOWeek()
}

// strftime formats t with glibc's strftime directives in the C locale,
// with glibc's flags (- _ 0 ^ #), a field width and the E and O
// modifiers.
func strftime(format string, t tm, micro bool) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		k := i + 1
		flags := ""
		for k < len(format) && strings.IndexByte("-_0^#", format[k]) >= 0 {
			flags += string(format[k])
			k++
		}
		w0 := k
		for k < len(format) && format[k] >= '0' && format[k] <= '9' {
			k++
		}
		width, _ := strconv.Atoi(format[w0:k])
		if k < len(format) && (format[k] == 'E' || format[k] == 'O') {
			k++
		}
		if k >= len(format) {
			b.WriteString(format[i:])
			break
		}
		conv := format[k]
		if conv == 'f' && micro && k == i+1 {
			fmt.Fprintf(&b, "%06d", t.nsec/1000)
			i = k
			continue
		}
		text, num, isNum, pad, ok := t.conversion(conv)
		if !ok {
			b.WriteString(format[i : k+1])
			i = k
			continue
		}
		if (conv == 'z' || conv == 'Z') && k != i+1 {
			text = "" // as CPython's C library call does
		}
		i = k
		if isNum {
			digits := strconv.Itoa(num)
			switch {
			case strings.Contains(flags, "-"):
				text = fmt.Sprintf("%*s", width, digits)
			default:
				if strings.Contains(flags, "_") {
					pad = ' '
				} else if strings.Contains(flags, "0") {
					pad = '0'
				}
				w := width
				if len(text) > w {
					w = len(text)
				}
				if pad == '0' {
					text = fmt.Sprintf("%0*d", w, num)
				} else {
					text = fmt.Sprintf("%*s", w, digits)
				}
			}
		} else {
			switch {
			case strings.Contains(flags, "^"):
				text = strings.ToUpper(text)
			case strings.Contains(flags, "#"):
				if conv == 'p' || conv == 'Z' {
					text = strings.ToLower(text)
				} else {
					text = strings.ToUpper(text)
				}
			}
			if width > len(text) {
				p := " "
				if strings.Contains(flags, "0") {
					p = "0"
				}
				text = strings.Repeat(p, width-len(text)) + text
			}
		}
		b.WriteString(text)
	}
	return b.String()
}

// conversion returns one strftime conversion of t: its text, and for a
// number its value and padding; ok is false for an unknown conversion.
func (t tm) conversion(c byte) (text string, num int, isNum bool, pad byte, ok bool) {
	n := func(v, width int, pad byte) (string, int, bool, byte, bool) {
		if pad == '0' {
			return fmt.Sprintf("%0*d", width, v), v, true, pad, true
		}
		return fmt.Sprintf("%*d", width, v), v, true, pad, true
	}
	s := func(text string) (string, int, bool, byte, bool) { return text, 0, false, ' ', true }
	wd := t.wday
	sunday := (wd + 1) % 7
	h12 := t.hour % 12
	if h12 == 0 {
		h12 = 12
	}
	ampm := "AM"
	if t.hour >= 12 {
		ampm = "PM"
	}
	switch c {
	case 'Y':
		return n(t.year, 1, '0')
	case 'y':
		return n(((t.year%100)+100)%100, 2, '0')
	case 'C':
		return n(t.year/100, 1, '0')
	case 'm':
		return n(t.mon, 2, '0')
	case 'd':
		return n(t.mday, 2, '0')
	case 'e':
		return n(t.mday, 2, ' ')
	case 'H':
		return n(t.hour, 2, '0')
	case 'k':
		return n(t.hour, 2, ' ')
	case 'I':
		return n(h12, 2, '0')
	case 'l':
		return n(h12, 2, ' ')
	case 'M':
		return n(t.min, 2, '0')
	case 'S':
		return n(t.sec, 2, '0')
	case 'j':
		return n(t.yday, 3, '0')
	case 'w':
		return n(sunday, 1, '0')
	case 'u':
		return n(wd+1, 1, '0')
	case 'U':
		return n((t.yday-1+7-sunday)/7, 2, '0')
	case 'W':
		return n((t.yday-1+7-wd)/7, 2, '0')
	case 'G':
		y, _ := t.isoWeek()
		return n(y, 1, '0')
	case 'g':
		y, _ := t.isoWeek()
		return n(((y%100)+100)%100, 2, '0')
	case 'V':
		_, w := t.isoWeek()
		return n(w, 2, '0')
	case 's':
		return n(int(t.unix()), 1, '0')
	case 'p':
		return s(ampm)
	case 'P':
		return s(strings.ToLower(ampm))
	case 'a':
		return s(weekdays[wd][:3])
	case 'A':
		return s(weekdays[wd])
	case 'b', 'h':
		return s(months[t.mon-1][:3])
	case 'B':
		return s(months[t.mon-1])
	case 'Z':
		zone := t.zone
		if zone == "" && !t.zoneSet {
			zone = "UTC"
		}
		return s(zone)
	case 'z':
		if t.zoneSet {
			return s(t.z)
		}
		return s("+0000")
	case 'c':
		return s(strftime("%a %b %e %H:%M:%S %Y", t, false))
	case 'x', 'D':
		return s(strftime("%m/%d/%y", t, false))
	case 'X', 'T':
		return s(strftime("%H:%M:%S", t, false))
	case 'F':
		return s(strftime("%Y-%m-%d", t, false))
	case 'R':
		return s(strftime("%H:%M", t, false))
	case 'r':
		return s(strftime("%I:%M:%S %p", t, false))
	case 'n':
		return s("\n")
	case 't':
		return s("\t")
	case '%':
		return s("%")
	}
	return "", 0, false, 0, false
}

// FormatDatetime formats a date and time as datetime.strftime does (%f
// is the microsecond); z and zone are what %z and %Z print, empty for a
// naive datetime.
func FormatDatetime(format string, year, month, day, hour, min, sec, usec int, z, zone string) string {
	t := tmOf(time.Date(year, time.Month(month), day, hour, min, sec, usec*1000, time.UTC), zone)
	t.zoneSet, t.z = true, z
	return strftime(format, t, true)
}

// Strftime formats t with Python's time.strftime directives in the C
// locale (plus %f for microseconds, as datetime.strftime has).
func Strftime(format string, t time.Time) string { return strftime(format, tmOf(t.UTC(), "UTC"), true) }

// secsArg reads an optional seconds argument, defaulting to now.
func (l *Loop) secsArg(args py.Tuple) (time.Time, error) {
	if len(args) == 0 || args[0] == py.None {
		return l.Now().UTC(), nil
	}
	s, err := toSeconds("time", args[0])
	if err != nil {
		return time.Time{}, err
	}
	sec := int64(s)
	if float64(sec) > s {
		sec--
	}
	return time.Unix(sec, 0).UTC(), nil
}

// sleepThread is time.sleep: it blocks the current thread.
func (l *Loop) sleepThread(d float64) error {
	if d < 0 {
		return newExc(py.ValueError, "sleep length must be non-negative")
	}
	k := l.after(d)
	_, err := l.block(fmt.Sprintf("time.sleep(%v)", d), &k)
	return err
}

// timeFuncs returns module time's functions, keyed by name.
func (l *Loop) timeFuncs() map[string]interface{} {
	ns := func(f func() float64) interface{} {
		return func(self py.Object) (py.Object, error) { return py.Float(f()), nil }
	}
	mono := func() float64 { return l.monotonic() }
	monoNS := func(self py.Object) (py.Object, error) {
		return py.Int(int64(virtualMonotonic)*1e9 + l.nowKey().t), nil
	}
	proc := func() float64 { return float64(l.nowKey().t) / 1e9 }
	return map[string]interface{}{
		"time": ns(l.wallSeconds),
		"time_ns": func(self py.Object) (py.Object, error) {
			if l.opts.Clock != nil {
				return py.Int(l.opts.Clock.Now().UnixNano()), nil
			}
			return py.Int(int64(virtualEpoch)*1e9 + l.now.t), nil
		},
		"monotonic":       ns(mono),
		"monotonic_ns":    monoNS,
		"perf_counter":    ns(mono),
		"perf_counter_ns": monoNS,
		"process_time":    ns(proc),
		"process_time_ns": func(self py.Object) (py.Object, error) { return py.Int(l.nowKey().t), nil },
		"thread_time":     ns(proc),
		"thread_time_ns":  func(self py.Object) (py.Object, error) { return py.Int(l.nowKey().t), nil },
		"sleep": func(self py.Object, d py.Object) (py.Object, error) {
			s, err := toSeconds("sleep", d)
			if err != nil {
				return nil, err
			}
			return py.None, l.sleepThread(s)
		},
		"gmtime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := l.secsArg(args)
			return newStructTime(t, "GMT"), err
		},
		"localtime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := l.secsArg(args)
			return newStructTime(t, "UTC"), err
		},
		"mktime": func(self py.Object, o py.Object) (py.Object, error) {
			t, err := toTm("mktime", o)
			if err != nil {
				return nil, err
			}
			return py.Float(float64(t.unix())), nil
		},
		"ctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := l.secsArg(args)
			return py.String(strftime("%a %b %e %H:%M:%S %Y", tmOf(t, "UTC"), false)), err
		},
		"asctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t := tmOf(l.Now().UTC(), "UTC")
			if len(args) > 0 {
				var err error
				if t, err = toTm("asctime", args[0]); err != nil {
					return nil, err
				}
				if err = checkTm(&t); err != nil {
					return nil, err
				}
			}
			return py.String(strftime("%a %b %e %H:%M:%S %Y", t, false)), nil
		},
		"strftime": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 0 {
				return nil, newExc(py.TypeError, "strftime() takes at least 1 argument (0 given)")
			}
			f, ok := args[0].(py.String)
			if !ok {
				return nil, newExc(py.TypeError, fmt.Sprintf("strftime() argument 1 must be str, not %s", args[0].Type().Name))
			}
			t := tmOf(l.Now().UTC(), "UTC")
			if len(args) > 1 {
				var err error
				if t, err = toTm("strftime", args[1]); err != nil {
					return nil, err
				}
				if err = checkTm(&t); err != nil {
					return nil, err
				}
			}
			return py.String(strftime(string(f), t, false)), nil
		},
		"strptime": func(self py.Object, args py.Tuple) (py.Object, error) {
			// _strptime is a pystd module: import it as user code would.
			imp, ok := l.ctx.Store().Builtins.Globals["__import__"]
			if !ok {
				return nil, newExc(py.ImportError, "No module named '_strptime'")
			}
			mod, err := py.Call(imp, py.Tuple{py.String("_strptime")}, nil)
			if err != nil {
				return nil, err
			}
			fn, err := py.GetAttrString(mod, "_strptime_time")
			if err != nil {
				return nil, err
			}
			return py.Call(fn, args, nil)
		},
		"get_clock_info": func(self py.Object, name py.Object) (py.Object, error) {
			n, _ := name.(py.String)
			impl := map[py.String]string{"time": "CLOCK_REALTIME", "monotonic": "CLOCK_MONOTONIC", "perf_counter": "CLOCK_MONOTONIC",
				"process_time": "CLOCK_PROCESS_CPUTIME_ID", "thread_time": "CLOCK_THREAD_CPUTIME_ID"}[n]
			if impl == "" {
				return nil, newExc(py.ValueError, "unknown clock")
			}
			return &clockInfo{impl: "clock_gettime(" + impl + ")", monotonic: n != "time"}, nil
		},
	}
}

// clockInfo is the namespace time.get_clock_info returns.
type clockInfo struct {
	impl      string
	monotonic bool
}

var clockInfoType = py.NewType("types.SimpleNamespace", "A simple attribute-based namespace.")

func (c *clockInfo) Type() *py.Type { return clockInfoType }

func (c *clockInfo) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "implementation":
		return py.String(c.impl), nil
	case "monotonic":
		return py.NewBool(c.monotonic), nil
	case "adjustable":
		return py.NewBool(!c.monotonic), nil
	case "resolution":
		return py.Float(1e-09), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'types.SimpleNamespace' object has no attribute '%s'", name))
}

func (c *clockInfo) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("namespace(implementation='%s', monotonic=%s, adjustable=%s, resolution=1e-09)",
		c.impl, pyBool(c.monotonic), pyBool(!c.monotonic))), nil
}
