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
//	gmtime([secs]), localtime([secs])     struct_time in UTC
//	mktime(t), asctime([t]), ctime([secs]), strftime(format[, t])
//	timezone, altzone, daylight, tzname   UTC

import (
	"fmt"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
)

// StructTime is time.struct_time.
type StructTime struct {
	t time.Time
}

// StructTimeType is time.struct_time.
var StructTimeType = py.NewType("struct_time", "The time value as returned by gmtime(), localtime(), and strptime().")

// Type returns time.struct_time.
func (s *StructTime) Type() *py.Type { return StructTimeType }

func (s *StructTime) fields() []py.Object {
	t := s.t
	wday := (int(t.Weekday()) + 6) % 7
	return []py.Object{py.Int(t.Year()), py.Int(t.Month()), py.Int(t.Day()), py.Int(t.Hour()),
		py.Int(t.Minute()), py.Int(t.Second()), py.Int(wday), py.Int(t.YearDay()), py.Int(0)}
}

var structTimeNames = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *StructTime) M__repr__() (py.Object, error) {
	var parts []string
	for i, f := range s.fields() {
		parts = append(parts, fmt.Sprintf("%s=%d", structTimeNames[i], int(f.(py.Int))))
	}
	return py.String("time.struct_time(" + strings.Join(parts, ", ") + ")"), nil
}

func (s *StructTime) M__getattr__(name string) (py.Object, error) {
	for i, n := range structTimeNames {
		if n == name {
			return s.fields()[i], nil
		}
	}
	switch name {
	case "tm_zone":
		return py.String("UTC"), nil
	case "tm_gmtoff":
		return py.Int(0), nil
	}
	return nil, newExc(py.AttributeError, fmt.Sprintf("'time.struct_time' object has no attribute '%s'", name))
}

func (s *StructTime) M__getitem__(k py.Object) (py.Object, error) {
	return py.GetItem(py.Tuple(s.fields()), k)
}

func (s *StructTime) M__len__() (py.Object, error) { return py.Int(9), nil }

func (s *StructTime) M__iter__() (py.Object, error) {
	return py.Iter(py.Tuple(s.fields()))
}

// toStructTime reads a struct_time or 9-tuple.
func toStructTime(o py.Object) (time.Time, error) {
	if s, ok := o.(*StructTime); ok {
		return s.t, nil
	}
	tup, err := py.SequenceTuple(o)
	if err != nil || len(tup) != 9 {
		return time.Time{}, newExc(py.TypeError, "Tuple or struct_time argument required")
	}
	var v [6]int
	for i := 0; i < 6; i++ {
		if v[i], err = py.MakeGoInt(tup[i]); err != nil {
			return time.Time{}, err
		}
	}
	return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.UTC), nil
}

var (
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// strftime formats t with C strftime directives in the C locale.
func strftime(format string, t time.Time, micro bool) string {
	var b strings.Builder
	wd := (int(t.Weekday()) + 6) % 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			if micro {
				fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
			} else {
				b.WriteString("%f")
			}
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(weekdays[wd][:3])
		case 'A':
			b.WriteString(weekdays[wd])
		case 'b', 'h':
			b.WriteString(months[t.Month()-1][:3])
		case 'B':
			b.WriteString(months[t.Month()-1])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'Z':
			b.WriteString("UTC")
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t, micro))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t, micro))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", t, micro))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t, micro))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t, micro))
		case 'T':
			b.WriteString(strftime("%H:%M:%S", t, micro))
		case 'R':
			b.WriteString(strftime("%H:%M", t, micro))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// Strftime formats t with Python's time.strftime directives in the C
// locale (plus %f for microseconds, as datetime.strftime has); pyrt's
// datetime may use it.
func Strftime(format string, t time.Time) string { return strftime(format, t, true) }

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
			return &StructTime{t: t}, err
		},
		"localtime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := l.secsArg(args)
			return &StructTime{t: t}, err
		},
		"mktime": func(self py.Object, o py.Object) (py.Object, error) {
			t, err := toStructTime(o)
			if err != nil {
				return nil, err
			}
			return py.Float(float64(t.Unix())), nil
		},
		"ctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t, err := l.secsArg(args)
			return py.String(strftime("%a %b %e %H:%M:%S %Y", t, false)), err
		},
		"asctime": func(self py.Object, args py.Tuple) (py.Object, error) {
			t := l.Now().UTC()
			if len(args) > 0 {
				var err error
				if t, err = toStructTime(args[0]); err != nil {
					return nil, err
				}
			}
			return py.String(strftime("%a %b %e %H:%M:%S %Y", t, false)), nil
		},
		"strftime": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 0 {
				return nil, newExc(py.TypeError, "strftime() takes at least 1 argument (0 given)")
			}
			f, err := py.StrAsString(args[0])
			if err != nil {
				return nil, err
			}
			t := l.Now().UTC()
			if len(args) > 1 {
				if t, err = toStructTime(args[1]); err != nil {
					return nil, err
				}
			}
			return py.String(strftime(f, t, false)), nil
		},
		"get_clock_info": func(self py.Object, name py.Object) (py.Object, error) {
			return nil, newExc(py.NotImplementedError, "unsupported: time.get_clock_info")
		},
	}
}
