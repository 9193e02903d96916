package pyrt

// This file defines the hash table under Dict and Set. It is CPython's
// set table (open addressing, 9 linear probes then perturbed probing,
// growth at 3/5 full) kept beside an insertion-ordered entry list: a dict
// iterates in insertion order; a set iterates in table order, as CPython's
// does, when every key has a hash CPython computes the same way in every
// process (numbers, tuples of numbers), and in insertion order otherwise.

import (
	"github.com/go-python/gpython/py"

	"github.com/nbcheck/nbcheck/pyvm"
)

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
	slotEmpty    = -1
	slotDummy    = -2
)

type entry struct {
	key, value py.Object
	hash       int64
	det        bool
	deleted    bool
}

type table struct {
	entries []entry // insertion order, with deleted entries
	slots   []int32 // index into entries, or slotEmpty/slotDummy
	used    int     // live entries
	fill    int     // live entries plus dummies
	nondet  int     // live keys whose CPython hash varies per process
	finger  int     // where set.pop looks next
	version int     // bumped on every insertion or deletion
}

func (t *table) init(n int) {
	size := setMinSize
	for size*3 <= n*5 {
		size <<= 1
	}
	t.slots = make([]int32, size)
	for i := range t.slots {
		t.slots[i] = slotEmpty
	}
}

// lookup returns the index of key's entry and the slot holding it, or -1.
func (t *table) lookup(key py.Object, hash int64) (idx, slot int, err error) {
	if t.slots == nil || t.used == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(t.slots) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			s := t.slots[i+j]
			if s == slotEmpty {
				return -1, -1, nil
			}
			if s == slotDummy {
				continue
			}
			e := &t.entries[s]
			if e.hash == hash {
				ok, err := pyvm.Eq(e.key, key)
				if err != nil {
					return -1, -1, err
				}
				if ok {
					return int(s), int(i + j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertSlot finds the slot for a key known to be absent, as CPython's
// set_add_entry does (dummies are not reused).
func (t *table) insertSlot(hash int64) int {
	mask := uint64(len(t.slots) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			if t.slots[i+j] == slotEmpty {
				return int(i + j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// freeSlot finds the slot for a key known to be absent, as CPython
// 3.11's set_add_entry does: the first dummy on the probe path, else the
// empty slot that ends it.
func (t *table) freeSlot(hash int64) (slot int, dummy bool) {
	mask := uint64(len(t.slots) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			switch t.slots[i+j] {
			case slotEmpty:
				if free >= 0 {
					return free, true
				}
				return int(i + j), false
			case slotDummy:
				if free < 0 {
					free = int(i + j)
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// set inserts or replaces key. It reports whether key was new.
func (t *table) set(key, value py.Object) (bool, error) {
	hash, det, err := hashOf(key)
	if err != nil {
		return false, err
	}
	return t.setHashed(key, value, hash, det)
}

func (t *table) setHashed(key, value py.Object, hash int64, det bool) (bool, error) {
	if t.slots == nil {
		t.init(0)
	}
	idx, _, err := t.lookup(key, hash)
	if err != nil {
		return false, err
	}
	if idx >= 0 {
		t.entries[idx].value = value
		return false, nil
	}
	slot, dummy := t.freeSlot(hash)
	t.slots[slot] = int32(len(t.entries))
	t.entries = append(t.entries, entry{key: key, value: value, hash: hash, det: det})
	t.used++
	t.version++
	if !det {
		t.nondet++
	}
	if dummy {
		// CPython 3.11 reuses the first dummy on the probe path, and
		// then does not check for growth.
		return true, nil
	}
	t.fill++
	mask := len(t.slots) - 1
	if t.fill*5 >= mask*3 {
		if t.used > 50000 {
			t.resize(t.used * 2)
		} else {
			t.resize(t.used * 4)
		}
	}
	return true, nil
}

// resize rebuilds the table with room for minused keys, re-inserting the
// keys in the old table's slot order, as CPython's set_table_resize does.
func (t *table) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]int32, size)
	for i := range t.slots {
		t.slots[i] = slotEmpty
	}
	// Compact entries, keeping insertion order.
	remap := make([]int32, len(t.entries))
	live := make([]entry, 0, t.used)
	for i, e := range t.entries {
		if e.deleted {
			remap[i] = -1
			continue
		}
		remap[i] = int32(len(live))
		live = append(live, e)
	}
	t.entries = live
	for _, s := range old {
		if s < 0 {
			continue
		}
		n := remap[s]
		t.slots[t.insertSlot(t.entries[n].hash)] = n
	}
	t.fill = t.used
}

// del removes key; it reports whether key was there.
func (t *table) del(key py.Object) (py.Object, bool, error) {
	hash, _, err := hashOf(key)
	if err != nil {
		return nil, false, err
	}
	idx, slot, err := t.lookup(key, hash)
	if err != nil || idx < 0 {
		return nil, false, err
	}
	v := t.entries[idx].value
	t.removeAt(idx, slot)
	return v, true, nil
}

func (t *table) removeAt(idx, slot int) {
	e := &t.entries[idx]
	if !e.det {
		t.nondet--
	}
	e.deleted = true
	e.key, e.value = nil, nil
	t.slots[slot] = slotDummy
	t.used--
	t.version++
}

// slotOf returns the slot that holds entry idx.
func (t *table) slotOf(idx int) int {
	for i, s := range t.slots {
		if int(s) == idx {
			return i
		}
	}
	return -1
}

func (t *table) get(key py.Object) (py.Object, bool, error) {
	hash, _, err := hashOf(key)
	if err != nil {
		return nil, false, err
	}
	idx, _, err := t.lookup(key, hash)
	if err != nil || idx < 0 {
		return nil, false, err
	}
	return t.entries[idx].value, true, nil
}

func (t *table) clear() {
	*t = table{version: t.version + 1}
}

// order returns the entry indexes in iteration order. tableOrder selects
// CPython's set order (slot order) when every key allows it.
func (t *table) order(tableOrder bool) []int {
	out := make([]int, 0, t.used)
	if tableOrder && t.nondet == 0 {
		for _, s := range t.slots {
			if s >= 0 {
				out = append(out, int(s))
			}
		}
		return out
	}
	for i, e := range t.entries {
		if !e.deleted {
			out = append(out, i)
		}
	}
	return out
}

func (t *table) keys() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, e := range t.entries {
		if !e.deleted {
			out = append(out, e.key)
		}
	}
	return out
}

func (t *table) values() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, e := range t.entries {
		if !e.deleted {
			out = append(out, e.value)
		}
	}
	return out
}

func (t *table) items() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, e := range t.entries {
		if !e.deleted {
			out = append(out, py.Tuple{e.key, e.value})
		}
	}
	return out
}
