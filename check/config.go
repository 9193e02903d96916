package check

// This file reads nbcheck's configuration: the table [tool.nbcheck] of a
// pyproject.toml, or the top level of an nbcheck.toml, with the same keys.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"
)

// Config is nbcheck's configuration as read from a file. Its keys, in
// TOML:
//
//	rel_tol = 0.02            # relative float tolerance (see Tolerance)
//	abs_tol = 0.03            # absolute float tolerance
//	normalize = ["addresses", "floats", "ansi", "trailing-space", "line-endings", "timings", "timestamps", "cell-files", "gc-warnings", "uuids"]
//	                          # the normalisations in effect (default: all)
//	sanitize_with = "nbval.cfg"  # nbval sanitize file, relative to this file
//	stderr = true             # compare stderr streams
//	lax = false               # compare only cells marked NBVAL_CHECK_OUTPUT
//	clock = "virtual"         # "virtual" (default) or "real"
//	cell_timeout = "30s"      # wall-clock limit per cell: a Go duration or seconds
//	timeout = "5m"            # wall-clock limit per notebook; 0 for none
//	exclude = ["drafts/**"]   # paths (slash-separated globs) not to check
type Config struct {
	// Path is the file the configuration came from; "" for the defaults.
	Path         string
	Tolerance    Tolerance
	Normalize    Normalization // the normalisations in effect
	SanitizeWith string        // the sanitize file, made absolute; "" for none
	Sanitizers   []Sanitizer   // read from SanitizeWith
	Stderr       bool
	Lax          bool
	Clock        string // "virtual" or "real"
	CellTimeout  time.Duration
	Timeout      time.Duration // 0: no limit
	Exclude      []string
}

// DefaultConfig returns the configuration used when there is no file.
func DefaultConfig() Config {
	return Config{
		Tolerance:   DefaultTolerance,
		Normalize:   AllNormalizations,
		Stderr:      true,
		Clock:       "virtual",
		CellTimeout: 30 * time.Second,
		Timeout:     5 * time.Minute,
	}
}

// Options returns the comparison options the configuration asks for.
func (c Config) Options() Options {
	tol := c.Tolerance
	return Options{
		Disable:      AllNormalizations &^ c.Normalize,
		Tolerance:    &tol,
		IgnoreStderr: !c.Stderr,
		Lax:          c.Lax,
		Sanitizers:   c.Sanitizers,
	}
}

// fileConfig is the TOML form of Config. Values are decoded as any and
// checked by fileConfig.config, so that type errors name the key.
type fileConfig struct {
	RelTol       any `toml:"rel_tol"`
	AbsTol       any `toml:"abs_tol"`
	Normalize    any `toml:"normalize"`
	SanitizeWith any `toml:"sanitize_with"`
	Stderr       any `toml:"stderr"`
	Lax          any `toml:"lax"`
	Clock        any `toml:"clock"`
	CellTimeout  any `toml:"cell_timeout"`
	Timeout      any `toml:"timeout"`
	Exclude      any `toml:"exclude"`
}

// configKeys are the keys of fileConfig, for suggestions.
var configKeys = func() []string {
	t := reflect.TypeOf(fileConfig{})
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i] = t.Field(i).Tag.Get("toml")
	}
	sort.Strings(keys)
	return keys
}()

// ConfigError is a problem in a configuration file.
type ConfigError struct {
	Path      string
	Line, Col int // 1-based; 0 when unknown
	Msg       string
}

func (e *ConfigError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// LoadConfig finds and reads the configuration for the notebooks in dir.
// It looks in dir and then in each parent folder for nbcheck.toml, then
// for a pyproject.toml that has a [tool.nbcheck] table (one without it is
// passed over), and reads the first found. It returns the configuration
// and the file's path, or [DefaultConfig] and "" when there is none.
func LoadConfig(dir string) (Config, string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Config{}, "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, name := range []string{"nbcheck.toml", "pyproject.toml"} {
			path := filepath.Join(d, name)
			data, err := os.ReadFile(path)
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return Config{}, "", err
			}
			cfg, found, err := ParseConfig(path, data)
			if err != nil {
				return Config{}, path, err
			}
			if found {
				return cfg, path, nil
			}
		}
		if filepath.Dir(d) == d {
			return DefaultConfig(), "", nil
		}
	}
}

// ParseConfig reads a configuration file's bytes; path names it in errors,
// and its base name says which form it is: a file named pyproject.toml is
// read for its [tool.nbcheck] table, any other file from its top level.
// found is false for a pyproject.toml without [tool.nbcheck]. A
// sanitize_with file is read relative to path's folder.
func ParseConfig(path string, data []byte) (cfg Config, found bool, err error) {
	var fc *fileConfig
	var prefix []string
	if filepath.Base(path) == "pyproject.toml" {
		var doc struct {
			Tool struct {
				Nbcheck *fileConfig `toml:"nbcheck"`
			} `toml:"tool"`
		}
		if err := decodeTOML(path, data, &doc, []string{"tool", "nbcheck"}); err != nil {
			return Config{}, false, err
		}
		fc, prefix = doc.Tool.Nbcheck, []string{"tool", "nbcheck"}
		if fc == nil {
			return DefaultConfig(), false, nil
		}
	} else {
		fc = new(fileConfig)
		if err := decodeTOML(path, data, fc, nil); err != nil {
			return Config{}, false, err
		}
	}
	if err := checkKeyCase(path, data, prefix); err != nil {
		return Config{}, false, err
	}
	cfg, err = fc.config(path, data, prefix)
	return cfg, err == nil, err
}

// checkKeyCase rejects keys that differ from a known key only in case,
// which the TOML decoder would accept: TOML keys are case-sensitive.
func checkKeyCase(path string, data []byte, prefix []string) error {
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		return nil // reported by decodeTOML
	}
	table := doc
	for _, k := range prefix {
		table, _ = table[k].(map[string]any)
	}
	for k := range table {
		if !slices.Contains(configKeys, k) {
			return &ConfigError{Path: path, Line: keyLine(data, k),
				Msg: fmt.Sprintf("unknown key %s; did you mean %s?", strings.Join(append(append([]string(nil), prefix...), k), "."), nearest(k, configKeys))}
		}
	}
	return nil
}

// decodeTOML decodes data into v strictly; unknown keys under prefix are
// errors (with suggestions), unknown keys elsewhere are someone else's.
func decodeTOML(path string, data []byte, v any, prefix []string) error {
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		for _, e := range strict.Errors {
			key := []string(e.Key())
			if len(key) < len(prefix) || !equalStrings(key[:len(prefix)], prefix) {
				continue // not ours
			}
			row, col := e.Position()
			name := strings.Join(key, ".")
			msg := fmt.Sprintf("unknown key %s", name)
			if len(key) == len(prefix)+1 {
				if s := nearest(key[len(prefix)], configKeys); s != "" {
					msg += fmt.Sprintf("; did you mean %s?", s)
				} else {
					msg += fmt.Sprintf(" (known: %s)", strings.Join(configKeys, ", "))
				}
			}
			return &ConfigError{Path: path, Line: row, Col: col, Msg: msg}
		}
		return nil
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, col := de.Position()
		return &ConfigError{Path: path, Line: row, Col: col, Msg: strings.TrimPrefix(de.Error(), "toml: ")}
	}
	return &ConfigError{Path: path, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// config checks the decoded values and builds the Config.
func (fc *fileConfig) config(path string, data []byte, prefix []string) (Config, error) {
	cfg := DefaultConfig()
	cfg.Path = path
	fail := func(key, format string, args ...any) error {
		return &ConfigError{Path: path, Line: keyLine(data, key), Msg: fmt.Sprintf("%s: ", strings.Join(append(append([]string(nil), prefix...), key), ".")) + fmt.Sprintf(format, args...)}
	}
	number := func(key string, v any, dst *float64) error {
		if v == nil {
			return nil
		}
		f, ok := toFloat(v)
		if !ok {
			return fail(key, "got %s, want a number", tomlKind(v))
		}
		if f < 0 {
			return fail(key, "got %v, want a number >= 0", f)
		}
		*dst = f
		return nil
	}
	duration := func(key string, v any, dst *time.Duration) error {
		if v == nil {
			return nil
		}
		if s, ok := v.(string); ok {
			d, err := time.ParseDuration(s)
			if err != nil || d < 0 {
				return fail(key, "got %q, want a duration such as \"30s\" or \"2m\", or a number of seconds", s)
			}
			*dst = d
			return nil
		}
		f, ok := toFloat(v)
		if !ok || f < 0 {
			return fail(key, "got %s, want a duration such as \"30s\" or a number of seconds", tomlKind(v))
		}
		*dst = time.Duration(f * float64(time.Second))
		return nil
	}
	if err := number("rel_tol", fc.RelTol, &cfg.Tolerance.Rel); err != nil {
		return Config{}, err
	}
	if err := number("abs_tol", fc.AbsTol, &cfg.Tolerance.Abs); err != nil {
		return Config{}, err
	}
	boolean := func(key string, v any, dst *bool) error {
		if v == nil {
			return nil
		}
		b, ok := v.(bool)
		if !ok {
			return fail(key, "got %s, want true or false", tomlKind(v))
		}
		*dst = b
		return nil
	}
	str := func(key string, v any, dst *string) error {
		if v == nil {
			return nil
		}
		s, ok := v.(string)
		if !ok {
			return fail(key, "got %s, want a string", tomlKind(v))
		}
		*dst = s
		return nil
	}
	strs := func(key string, v any) ([]string, error) {
		if v == nil {
			return nil, nil
		}
		list, ok := v.([]any)
		if !ok {
			return nil, fail(key, "got %s, want an array of strings", tomlKind(v))
		}
		out := make([]string, len(list))
		for i, x := range list {
			s, ok := x.(string)
			if !ok {
				return nil, fail(key, "item %d: got %s, want a string", i, tomlKind(x))
			}
			out[i] = s
		}
		return out, nil
	}
	if fc.Normalize != nil {
		names, err := strs("normalize", fc.Normalize)
		if err != nil {
			return Config{}, err
		}
		n, err := ParseNormalization(names)
		if err != nil {
			return Config{}, fail("normalize", "%v", err)
		}
		cfg.Normalize = n
	}
	if err := boolean("stderr", fc.Stderr, &cfg.Stderr); err != nil {
		return Config{}, err
	}
	if err := boolean("lax", fc.Lax, &cfg.Lax); err != nil {
		return Config{}, err
	}
	if err := str("clock", fc.Clock, &cfg.Clock); err != nil {
		return Config{}, err
	}
	if cfg.Clock != "virtual" && cfg.Clock != "real" {
		return Config{}, fail("clock", "got %q, want \"virtual\" or \"real\"", cfg.Clock)
	}
	if err := duration("cell_timeout", fc.CellTimeout, &cfg.CellTimeout); err != nil {
		return Config{}, err
	}
	if err := duration("timeout", fc.Timeout, &cfg.Timeout); err != nil {
		return Config{}, err
	}
	exclude, err := strs("exclude", fc.Exclude)
	if err != nil {
		return Config{}, err
	}
	for _, g := range exclude {
		if _, err := filepath.Match(g, ""); err != nil {
			return Config{}, fail("exclude", "bad pattern %q: %v", g, err)
		}
	}
	cfg.Exclude = exclude
	var sanitize string
	if err := str("sanitize_with", fc.SanitizeWith, &sanitize); err != nil {
		return Config{}, err
	}
	if sanitize != "" {
		p := sanitize
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), filepath.FromSlash(p))
		}
		rules, err := LoadSanitizers(p)
		if err != nil {
			var list SanitizeErrorList
			if errors.As(err, &list) {
				return Config{}, err
			}
			return Config{}, fail("sanitize_with", "%v", err)
		}
		cfg.SanitizeWith, cfg.Sanitizers = p, rules
	}
	return cfg, nil
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func tomlKind(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case bool:
		return "a bool"
	case int64, float64:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// keyLine returns the 1-based line where key is set, or 0: the first line
// that starts with the key followed by "=" (good enough for messages).
func keyLine(data []byte, key string) int {
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(t, key); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
	}
	return 0
}
