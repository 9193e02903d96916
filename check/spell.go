package check

// This file suggests the closest known name for a misspelt one.

import (
	"sort"
	"strings"
)

// nearest returns the candidate closest to name by edit distance (case
// folded; a candidate that is a prefix of name, or name of it, counts as
// distance 1), or "" when none is close enough to be a plausible typo.
func nearest(name string, candidates []string) string {
	best, bestD := "", 1<<30
	low := strings.ToLower(name)
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := editDistance(low, lc)
		if len(lc) >= 3 && len(low) >= 3 && (strings.HasPrefix(low, lc) || strings.HasPrefix(lc, low)) {
			d = min(d, 1) // a prefix of the other: rel_tolerance for rel_tol
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(1, len([]rune(name))/3)
	if bestD > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func sortStrings(s []string) { sort.Strings(s) }
