package pyrun

// This file fills the sys attributes gpython v0.2.0 lacks (gap
// B-MODPART): version, version_info, maxsize, platform, byteorder.
// nbcheck answers as the CPython 3.11 it emulates.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
	"github.com/nbcheck/nbcheck/pyvm"
)

// versionInfo is sys.version_info: a tuple that also has named fields.
type versionInfo struct{ t py.Tuple }

var versionInfoType = py.NewType("sys.version_info", "sys.version_info\n\nVersion information as a named tuple.")

func init() {
	for i, name := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
		i := i
		versionInfoType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return self.(*versionInfo).t[i], nil
		}}
	}
}

func (v *versionInfo) Type() *py.Type                              { return versionInfoType }
func (v *versionInfo) M__len__() (py.Object, error)                { return py.Int(len(v.t)), nil }
func (v *versionInfo) M__iter__() (py.Object, error)               { return py.NewIterator(v.t), nil }
func (v *versionInfo) M__getitem__(k py.Object) (py.Object, error) { return v.t.M__getitem__(k) }
func (v *versionInfo) M__hash__() (py.Object, error) {
	h, err := pyrt.Hash(v.t)
	return py.Int(h), err
}

func (v *versionInfo) M__repr__() (py.Object, error) {
	s := "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"
	return py.String(s), nil
}

func (v *versionInfo) other(o py.Object) py.Object {
	if w, ok := o.(*versionInfo); ok {
		return w.t
	}
	return o
}

func (v *versionInfo) cmp(op string, o py.Object) (py.Object, error) {
	if _, ok := v.other(o).(py.Tuple); !ok {
		return py.NotImplemented, nil
	}
	return pyrt.Compare(op, v.t, v.other(o))
}

func (v *versionInfo) M__lt__(o py.Object) (py.Object, error) { return v.cmp("<", o) }
func (v *versionInfo) M__le__(o py.Object) (py.Object, error) { return v.cmp("<=", o) }
func (v *versionInfo) M__gt__(o py.Object) (py.Object, error) { return v.cmp(">", o) }
func (v *versionInfo) M__ge__(o py.Object) (py.Object, error) { return v.cmp(">=", o) }
func (v *versionInfo) M__eq__(o py.Object) (py.Object, error) {
	eq, err := pyvm.Eq(v.t, v.other(o))
	return py.NewBool(eq), err
}
func (v *versionInfo) M__ne__(o py.Object) (py.Object, error) {
	eq, err := pyvm.Eq(v.t, v.other(o))
	return py.NewBool(!eq), err
}

// fillSys sets the sys attributes CPython 3.11 has and gpython lacks.
func fillSys(g py.StringDict) {
	g["version_info"] = &versionInfo{t: py.Tuple{py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0)}}
	g["version"] = py.String("3.11.7 (main, nbcheck) [gpython 0.2.0]")
	g["hexversion"] = py.Int(0x030b07f0)
	g["maxsize"] = py.Int(9223372036854775807)
	g["platform"] = py.String("linux")
	g["byteorder"] = py.String("little")
	g["api_version"] = py.Int(1013)
}

// recordStartModules enters in sys.modules the modules Go code made that
// CPython also has at startup: __main__, and os and os.path when the
// sandbox installed them.
func (k *Kernel) recordStartModules() error {
	if err := pyrt.RecordModule(k.ctx, "__main__", k.main); err != nil {
		return err
	}
	if os, err := k.ctx.GetModule("os"); err == nil {
		if err := pyrt.RecordModule(k.ctx, "os", os); err != nil {
			return err
		}
		if p, ok := os.Globals["path"].(*py.Module); ok {
			if err := pyrt.RecordModule(k.ctx, "os.path", p); err != nil {
				return err
			}
			if err := pyrt.RecordModule(k.ctx, "posixpath", p); err != nil {
				return err
			}
		}
	}
	return nil
}
