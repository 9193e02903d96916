package main

// This file lets worker processes skip compiling Python their parent has
// compiled. A worker transpiles and compiles, on first use, the Python
// of the runtime's lowerings (transpile.RuntimeCode) and of every
// standard module the notebook imports (pystd): a few milliseconds for
// the first, tens for a module such as typing or collections. One
// process per notebook would pay that for every notebook, where a
// single process pays it once. So the parent, which runs no notebook
// code, compiles each of them once per run, from the sources embedded in
// this same binary, and sends the compiled code (internal/pycode) to
// each worker it starts, on stdin before the notebook's path: the
// worker then has it as if it had compiled it. What a worker tells its
// parent is only the names of the standard modules it imported (which
// the parent checks against pystd's own list); no code or object goes
// from one worker to another.
//
// The prelude on a worker's stdin is one JSON line, {"code": [{"key":
// K, "size": N}, ...]}, then the N bytes of each entry in order. A key
// is "rt:" and a runtime source's name, or "mod:" and a module's name.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/internal/pycode"
	"github.com/nbcheck/nbcheck/pystd"
	"github.com/nbcheck/nbcheck/transpile"
)

// sharedCode is the compiled code a pool's parent hands its workers.
type sharedCode struct {
	mu     sync.Mutex
	keys   []string          // in the order compiled
	blobs  map[string][]byte // encoded code by key
	queued map[string]bool
	work   chan string
}

func newSharedCode() *sharedCode {
	return &sharedCode{blobs: map[string][]byte{}, queued: map[string]bool{}}
}

// runtimeKeys are the keys of the runtime sources.
func runtimeKeys() []string {
	var keys []string
	for _, n := range transpile.RuntimeNames() {
		keys = append(keys, "rt:"+n)
	}
	return keys
}

// moduleKeys are the keys of the standard modules a worker says it
// imported; names that are not pystd's are dropped.
func moduleKeys(names []string) []string {
	known := pystd.Names()
	var keys []string
	for _, n := range names {
		if slices.Contains(known, n) {
			keys = append(keys, "mod:"+n)
		}
	}
	return keys
}

// learn queues keys not seen before for compiling, one at a time in the
// background; workers started after a key is compiled get its code.
func (c *sharedCode) learn(keys []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		if c.queued[k] {
			continue
		}
		c.queued[k] = true
		if c.work == nil {
			c.work = make(chan string, 1024)
			go c.compileLoop()
		}
		select {
		case c.work <- k:
		default: // a run with that many modules: the rest compile in workers
		}
	}
}

func (c *sharedCode) compileLoop() {
	for k := range c.work {
		var code *py.Code
		switch kind, name, _ := strings.Cut(k, ":"); kind {
		case "rt":
			code = transpile.RuntimeCode(name)
		case "mod":
			code = pystd.Compiled(name)
		}
		if code == nil {
			continue // the worker compiles it, and reports the error
		}
		b, err := pycode.Encode(code)
		if err != nil {
			continue
		}
		c.mu.Lock()
		c.keys = append(c.keys, k)
		c.blobs[k] = b
		c.mu.Unlock()
	}
}

// prelude is what a worker reads first: the code compiled so far.
func (c *sharedCode) prelude() []byte {
	type entry struct {
		Key  string `json:"key"`
		Size int    `json:"size"`
	}
	var head struct {
		Code []entry `json:"code"`
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var body []byte
	for _, k := range c.keys {
		head.Code = append(head.Code, entry{k, len(c.blobs[k])})
		body = append(body, c.blobs[k]...)
	}
	line, _ := json.Marshal(head)
	return append(append(line, '\n'), body...)
}

// readSharedCode reads a prelude and gives its code to the runtime and
// to pystd. Code that does not decode is compiled by the worker itself.
func readSharedCode(in *bufio.Reader) error {
	line, err := in.ReadBytes('\n')
	if err != nil {
		if len(line) == 0 && err == io.EOF {
			return nil // the parent needed no more workers
		}
		return fmt.Errorf("reading the shared code: %w", err)
	}
	var head struct {
		Code []struct {
			Key  string `json:"key"`
			Size int    `json:"size"`
		} `json:"code"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return fmt.Errorf("reading the shared code: %w", err)
	}
	for _, e := range head.Code {
		if e.Size < 0 || e.Size > 1<<30 {
			return fmt.Errorf("reading the shared code: entry %s of %d bytes", e.Key, e.Size)
		}
		b := make([]byte, e.Size)
		if _, err := io.ReadFull(in, b); err != nil {
			return fmt.Errorf("reading the shared code: %w", err)
		}
		switch kind, name, _ := strings.Cut(e.Key, ":"); kind {
		case "rt": // every kernel runs it
			if code, err := pycode.Decode(b); err == nil {
				transpile.SetRuntimeCode(name, code)
			}
		case "mod": // decoded when imported
			pystd.SetCompiled(name, func() *py.Code {
				code, _ := pycode.Decode(b)
				return code
			})
		}
	}
	return nil
}
