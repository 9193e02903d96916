package pystd

// This file is module _nbzoneinfo, behind lib/zoneinfo: IANA time zones
// through Go's time.LoadLocation, which reads the machine's tz database
// (/usr/share/zoneinfo, as CPython's zoneinfo does) and falls back to the
// copy embedded by time/tzdata where the machine has none. Results can so
// differ between machines whose tz databases differ, as CPython's do.

import (
	"sync"
	"time"
	_ "time/tzdata" // the tz database, embedded

	"github.com/go-python/gpython/py"
)

var zones sync.Map // key -> *time.Location

func zoneArg(o py.Object) (*time.Location, error) {
	key, ok := o.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str, not %s", o.Type().Name)
	}
	if v, ok := zones.Load(string(key)); ok {
		return v.(*time.Location), nil
	}
	if key == "" || key == "Local" || key[0] == '/' {
		return nil, py.ExceptionNewf(py.KeyError, "No time zone found with key %s", string(key))
	}
	loc, err := time.LoadLocation(string(key))
	if err != nil {
		return nil, py.ExceptionNewf(py.KeyError, "No time zone found with key %s", string(key))
	}
	zones.Store(string(key), loc)
	return loc, nil
}

// zoneInfo returns (utcoffset, dst, abbreviation) in force at instant t.
func zoneInfo(t time.Time) py.Tuple {
	name, off := t.Zone()
	dst := 0
	if t.IsDST() {
		// The DST amount is the difference with the standard offset of a
		// neighbouring period that is not DST.
		start, end := t.ZoneBounds()
		for _, u := range []time.Time{start.Add(-time.Second), end} {
			if u.IsZero() {
				continue
			}
			if !u.IsDST() {
				_, std := u.Zone()
				dst = off - std
				break
			}
		}
		if dst == 0 {
			dst = 3600
		}
	}
	return py.Tuple{py.Int(off), py.Int(dst), py.String(name)}
}

func intArgs(args py.Tuple, n int) ([]int64, error) {
	out := make([]int64, n)
	for i := 0; i < n; i++ {
		v, err := py.IndexInt(args[i])
		if err != nil {
			return nil, err
		}
		out[i] = int64(v)
	}
	return out, nil
}

func init() {
	load := py.MustNewMethod("load", func(_ py.Object, key py.Object) (py.Object, error) {
		if _, err := zoneArg(key); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, "load(key) -> None; KeyError when the tz database has no such zone")
	atUTC := py.MustNewMethod("at_utc", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "at_utc(key, seconds)")
		}
		loc, err := zoneArg(args[0])
		if err != nil {
			return nil, err
		}
		s, err := intArgs(args[1:], 1)
		if err != nil {
			return nil, err
		}
		t := time.Unix(s[0], 0).In(loc)
		info := zoneInfo(t)
		// fold is 1 when the same wall time occurred earlier (the second
		// of two ambiguous readings).
		fold := 0
		_, off := t.Zone()
		wall := s[0] + int64(off)
		for _, back := range []int64{86400, 3 * 3600} {
			_, o2 := time.Unix(s[0]-back, 0).In(loc).Zone()
			if o2 > off {
				// An earlier offset was larger: the wall clock went back.
				u := wall - int64(o2)
				if _, o3 := time.Unix(u, 0).In(loc).Zone(); o3 == o2 && u < s[0] {
					fold = 1
				}
				break
			}
		}
		return append(info, py.Int(fold)), nil
	}, 0, "at_utc(key, seconds) -> (utcoffset, dst, abbreviation, fold) at that Unix time")
	local := py.MustNewMethod("local", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 8 {
			return nil, py.ExceptionNewf(py.TypeError, "local(key, year, month, day, hour, minute, second, fold)")
		}
		loc, err := zoneArg(args[0])
		if err != nil {
			return nil, err
		}
		v, err := intArgs(args[1:], 7)
		if err != nil {
			return nil, err
		}
		wall := time.Date(int(v[0]), time.Month(v[1]), int(v[2]), int(v[3]), int(v[4]), int(v[5]), 0, time.UTC).Unix()
		fold := v[6]
		// Offsets in force a day around the wall time; each gives an
		// instant, valid when that instant has that offset.
		offs := map[int]bool{}
		for _, d := range []int64{-86400, 0, 86400} {
			_, o := time.Unix(wall+d, 0).In(loc).Zone()
			offs[o] = true
		}
		var valid []int64
		for o := range offs {
			u := wall - int64(o)
			if _, o2 := time.Unix(u, 0).In(loc).Zone(); o2 == o {
				valid = append(valid, u)
			}
		}
		var u int64
		switch {
		case len(valid) == 1:
			u = valid[0]
		case len(valid) >= 2:
			// Ambiguous: fold 0 is the earlier instant.
			lo, hi := valid[0], valid[0]
			for _, x := range valid {
				lo, hi = min(lo, x), max(hi, x)
			}
			u = lo
			if fold == 1 {
				u = hi
			}
		default:
			// In a gap: fold 0 uses the offset before the transition,
			// fold 1 the one after.
			_, before := time.Unix(wall-86400, 0).In(loc).Zone()
			_, after := time.Unix(wall+86400, 0).In(loc).Zone()
			o := before
			if fold == 1 {
				o = after
			}
			u = wall - int64(o)
			t := time.Unix(u, 0).In(loc)
			_, cur := t.Zone()
			if cur != o {
				// Report the offset used with the zone in force on that side.
				side := time.Unix(wall-86400, 0).In(loc)
				if fold == 1 {
					side = time.Unix(wall+86400, 0).In(loc)
				}
				return zoneInfo(side), nil
			}
			return zoneInfo(t), nil
		}
		return zoneInfo(time.Unix(u, 0).In(loc)), nil
	}, 0, "local(key, y, m, d, H, M, S, fold) -> (utcoffset, dst, abbreviation) for that wall time")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbzoneinfo", Doc: "IANA zones (the machine's tz database, else Go's embedded copy) behind nbcheck's zoneinfo"},
		Methods: []*py.Method{load, atUTC, local},
	})
}
