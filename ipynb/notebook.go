package ipynb

// This file defines the notebook's types. Their field names are shared
// with the other packages of nbcheck: add fields, do not rename them.

import "encoding/json"

// CellType is the kind of a cell: code, markdown or raw.
type CellType string

// The cell types of nbformat 4.
const (
	Code     CellType = "code"
	Markdown CellType = "markdown"
	Raw      CellType = "raw"
)

// OutputType is the output_type of a code cell's output.
type OutputType string

// The output types of nbformat 4.
const (
	Stream        OutputType = "stream"
	ExecuteResult OutputType = "execute_result"
	DisplayData   OutputType = "display_data"
	Error         OutputType = "error"
)

// Notebook is one nbformat 4 notebook.
type Notebook struct {
	Nbformat      int // major version; always 4 after Read
	NbformatMinor int // 0 to 5
	// Metadata is the notebook's metadata, kept verbatim (unknown keys too).
	Metadata RawObject
	Cells    []*Cell
	// Extra holds top-level keys that nbformat 4 does not define, verbatim.
	Extra RawObject
	// Layout records how the file was laid out when read; Write uses
	// nbformat's own layout whatever it holds.
	Layout Layout
}

// Layout describes the formatting of a notebook file as read.
type Layout struct {
	Indent string // the indent unit found, e.g. " " (nbformat) or "  "
	// Canonical reports whether the file was byte-identical to what Write
	// produces for it (nbformat's layout).
	Canonical bool
	// BOM reports that the file started with a UTF-8 byte order mark,
	// which Read skips and Write does not write.
	BOM bool
}

// Cell is one cell of a notebook.
type Cell struct {
	Type CellType
	// ID is the cell id (nbformat 4.5+); "" when the cell has none.
	ID string
	// Source is the cell's text, with list-of-lines sources joined.
	Source string
	// Metadata is the cell's metadata, verbatim; nil when absent.
	Metadata RawObject
	// Attachments is the attachments object of markdown and raw cells,
	// verbatim; nil when absent.
	Attachments RawObject
	// ExecutionCount is the code cell's execution_count; nil for null.
	ExecutionCount *int
	// Outputs are the code cell's outputs, in order.
	Outputs []*Output
	// Extra holds keys nbformat does not define for this cell type, verbatim.
	Extra RawObject
	// Line is the 1-based line in the file where the cell's source starts,
	// or 0 when unknown. Documents that are not JSON (Markdown) set it.
	Line int
}

// Output is one output of a code cell.
type Output struct {
	Type OutputType
	// Name is the stream name ("stdout" or "stderr") of a stream output.
	Name string
	// Text is the text of a stream output, with list-of-lines text joined.
	Text string
	// Data is the MIME bundle of execute_result and display_data outputs.
	Data MimeBundle
	// Metadata is the output's metadata, verbatim; nil when absent.
	Metadata RawObject
	// ExecutionCount is the execute_result's execution_count; nil for null.
	ExecutionCount *int
	// Ename, Evalue and Traceback describe an error output.
	Ename     string
	Evalue    string
	Traceback []string
	// Extra holds keys nbformat does not define for this output, verbatim.
	Extra RawObject
}

// MimeBundle maps a MIME type to its value. Text values (text/*, and
// the types nbformat splits into lines) are JSON strings with
// list-of-lines values already joined; other values (application/json,
// say) are kept as raw JSON.
type MimeBundle map[string]json.RawMessage

// RawObject is a JSON object kept verbatim: each value is raw JSON text.
// Write re-indents it in nbformat's layout, with sorted keys, keeping
// every number and string exactly as it was written.
type RawObject map[string]json.RawMessage
