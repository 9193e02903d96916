package pystd

// This file is module _nbhash, behind lib/hashlib.py and lib/uuid.py:
// digest(name, data) with Go's implementations of the hashes CPython's
// hashlib always has.

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyrt"
)

var hashes = map[string]func() hash.Hash{
	"md5":      md5.New,
	"sha1":     sha1.New,
	"sha224":   sha256.New224,
	"sha256":   sha256.New,
	"sha384":   sha512.New384,
	"sha512":   sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() },
	"sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() },
	"sha3_512": func() hash.Hash { return sha3.New512() },
}

// bytesArg returns the bytes of a bytes or bytearray (pyrt's) argument;
// random's seed uses it too.
func bytesArg(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), true
	case *pyrt.ByteArray:
		b, err := py.Call(py.BytesType, py.Tuple{v}, nil)
		if err == nil {
			if bs, ok := b.(py.Bytes); ok {
				return []byte(bs), true
			}
		}
	}
	return nil, false
}

func init() {
	digest := py.MustNewMethod("digest", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "digest() takes exactly 2 arguments (%d given)", len(args))
		}
		name, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "digest(): name must be str")
		}
		mk, ok := hashes[string(name)]
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", string(name))
		}
		data, ok := bytesArg(args[1])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required, not '%s'", pyrt.TypeName(args[1]))
		}
		h := mk()
		h.Write(data)
		return py.Bytes(h.Sum(nil)), nil
	}, 0, "digest(name, data) -> the digest of data (bytes or bytearray) with hash name")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_nbhash", Doc: "Go hashes behind nbcheck's hashlib and uuid"},
		Methods: []*py.Method{digest},
	})
}
