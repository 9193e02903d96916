package pyrt

// This file defines str.format and str.format_map: replacement fields
// {name!conv:spec} with automatic and manual numbering, attribute (.name)
// and index ([key]) access, and nested fields in the spec.

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

type formatter struct {
	args    py.Tuple
	kwargs  py.Object // a mapping, or nil
	auto    int
	numMode int // 0 unknown, 1 automatic, 2 manual
}

// StrFormat returns format.format(*args, **kwargs).
func StrFormat(format string, args py.Tuple, kwargs py.Object) (string, error) {
	f := &formatter{args: args, kwargs: kwargs}
	return f.run(format, 2)
}

func (f *formatter) run(s string, depth int) (string, error) {
	if depth < 0 {
		return "", py.ExceptionNewf(py.ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '}' {
			if i+1 < len(rs) && rs[i+1] == '}' {
				b.WriteRune('}')
				i++
				continue
			}
			return "", py.ExceptionNewf(py.ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteRune(c)
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '{' {
			b.WriteRune('{')
			i++
			continue
		}
		// Find the matching close brace.
		depthB := 1
		j := i + 1
		for j < len(rs) && depthB > 0 {
			switch rs[j] {
			case '{':
				depthB++
			case '}':
				depthB--
			}
			j++
		}
		if depthB > 0 {
			if i == len(rs)-1 {
				return "", py.ExceptionNewf(py.ValueError, "Single '{' encountered in format string")
			}
			return "", py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
		}
		field := string(rs[i+1 : j-1])
		out, err := f.field(field, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
		i = j - 1
	}
	return b.String(), nil
}

func (f *formatter) field(field string, depth int) (string, error) {
	// Split name, conversion and spec; brackets may contain ! and :.
	name, conv, specStr := field, "", ""
	hasConv := false
	inBracket := false
	for k, r := range field {
		if r == '[' {
			inBracket = true
		} else if r == ']' {
			inBracket = false
		} else if !inBracket && (r == '!' || r == ':') {
			name = field[:k]
			rest := field[k:]
			if r == '!' {
				hasConv = true
				if len(rest) < 2 {
					return "", py.ExceptionNewf(py.ValueError, "end of string while looking for conversion specifier")
				}
				conv = rest[1:2]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", py.ExceptionNewf(py.ValueError, "expected ':' after conversion specifier")
				}
			}
			if strings.HasPrefix(rest, ":") {
				specStr = rest[1:]
			}
			break
		}
	}
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	if hasConv {
		switch conv {
		case "r":
			v, err = ReprObject(v)
		case "s":
			v, err = StrObject(v)
		case "a":
			var s string
			s, err = ASCII(v)
			v = py.String(s)
		default:
			return "", py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %s", conv)
		}
		if err != nil {
			return "", err
		}
	}
	if strings.ContainsRune(specStr, '{') {
		specStr, err = f.run(specStr, depth-1)
		if err != nil {
			return "", err
		}
	}
	return Format(v, specStr)
}

func (f *formatter) lookup(name string) (py.Object, error) {
	// The first part is up to the first . or [.
	end := strings.IndexAny(name, ".[")
	first := name
	rest := ""
	if end >= 0 {
		first, rest = name[:end], name[end:]
	}
	var v py.Object
	if first == "" {
		if f.numMode == 2 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		f.numMode = 1
		if f.auto >= len(f.args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", f.auto)
		}
		v = f.args[f.auto]
		f.auto++
	} else if n, err := strconv.Atoi(first); err == nil && n >= 0 {
		if f.numMode == 1 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.numMode = 2
		if n >= len(f.args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	} else {
		if f.kwargs == nil {
			return nil, keyError(py.String(first))
		}
		x, err := py.GetItem(f.kwargs, py.String(first))
		if err != nil {
			return nil, err
		}
		v = x
	}
	for rest != "" {
		if rest[0] == '.' {
			end := strings.IndexAny(rest[1:], ".[")
			attr := rest[1:]
			if end >= 0 {
				attr, rest = rest[1:end+1], rest[end+1:]
			} else {
				rest = ""
			}
			if attr == "" {
				return nil, py.ExceptionNewf(py.ValueError, "Empty attribute in format string")
			}
			x, err := pyvm.GetAttr(v, attr)
			if err != nil {
				return nil, err
			}
			v = x
			continue
		}
		// rest[0] == '['
		close := strings.IndexByte(rest, ']')
		if close < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Missing ']' in format string")
		}
		key := rest[1:close]
		rest = rest[close+1:]
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			return nil, py.ExceptionNewf(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		var k py.Object = py.String(key)
		if n, err := strconv.Atoi(key); err == nil && n >= 0 {
			k = py.Int(n)
		}
		x, err := py.GetItem(v, k)
		if err != nil {
			return nil, err
		}
		v = x
	}
	return v, nil
}
