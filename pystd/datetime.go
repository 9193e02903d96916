package pystd

// This file defines module _datetime, the Go half of lib/datetime.py:
// strftime, shared with module time's (asyncshim), and strptime's matcher
// (strptime.go).

import (
	"github.com/go-python/gpython/py"
	"github.com/nbcheck/nbcheck/asyncshim"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_datetime", Doc: "nbcheck's datetime accelerator."},
		Methods: []*py.Method{
			py.MustNewMethod("strftime", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 10 {
					return nil, py.ExceptionNewf(py.TypeError, "strftime() takes 10 arguments (%d given)", len(args))
				}
				format, ok1 := args[0].(py.String)
				z, ok2 := args[8].(py.String)
				zone, ok3 := args[9].(py.String)
				if !ok1 || !ok2 || !ok3 {
					return nil, py.ExceptionNewf(py.TypeError, "strftime() format, z and zone must be str")
				}
				var v [7]int
				for i := range v {
					n, err := py.MakeGoInt(args[1+i])
					if err != nil {
						return nil, err
					}
					v[i] = n
				}
				return py.String(asyncshim.FormatDatetime(string(format), v[0], v[1], v[2], v[3], v[4], v[5], v[6], string(z), string(zone))), nil
			}, 0, "strftime(format, year, month, day, hour, minute, second, microsecond, z, zone)"),
			py.MustNewMethod("strptime_match", strptimeMatch, 0, `strptime_match(data, format) -> (matches, end)
matches data against format as CPython's _strptime regular expression
would: matches lists (directive, text) in format order; (None, -1) when
data does not match.`),
		},
	})
}
