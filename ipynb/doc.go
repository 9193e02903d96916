// Package ipynb reads and writes Jupyter notebooks (nbformat 4.0 to 4.5,
// and later 4.x minor versions, whose new keys are kept as extras).
//
// It owns the notebook's JSON and nothing else: it knows nothing about
// Python or about running code.
//
// # Fidelity
//
// A notebook that nbformat wrote, read with [Read] and written with
// [Write], gives back the same bytes. Write always uses nbformat's layout:
// the JSON that Python's json.dumps(nb, sort_keys=True, indent=1,
// ensure_ascii=False, separators=(",", ": ")) gives after nbformat's
// split_lines, then a newline. [Layout] records what the file looked like
// (its indent, whether it was already in that layout, a byte order mark).
//
// What is kept verbatim: every key nbformat 4 does not define, at the top,
// in cells and in outputs (the Extra fields); all metadata; attachments;
// MIME bundle values; and the text of every number (1.0, 1e5 and NaN stay
// as written). Raw values are stored as compact JSON with Python's string
// escaping and object keys sorted, a later duplicate key winning as in
// Python's json.loads, so equal content gives equal bytes.
//
// Unlike nbformat, Read and Write keep the transient keys that nbformat
// strips (metadata "signature", "orig_nbformat", "orig_nbformat_minor" and
// a cell's metadata "trusted"): nbformat never writes them, so this changes
// no file it wrote, and a file that has them keeps its content. A cell's
// "attachments" is read whatever the cell type, as nbformat's split_lines
// treats it.
//
// What is normalised, as nbformat normalises it: cell sources, stream
// texts, and values of MIME bundles (other than JSON types:
// application/json and application/*+json) that are lists of strings are
// joined into one string on reading. On writing, sources and stream texts
// are split with Python's str.splitlines(True) ([SplitLines]), and so are
// MIME values of text/*, application/javascript and image/svg+xml, in
// outputs and in attachments; other MIME values stay one string.
//
// # What Read requires
//
// Read requires what a checker needs and nbformat's schema demands:
// nbformat (which must be 4; nbformat 3 and older are refused with an
// error naming the version), nbformat_minor, cells, each cell's cell_type
// and source, each output's output_type, a stream's name and text, the
// data of display_data and execute_result, and an error's ename, evalue
// and traceback. It accepts bookkeeping keys that are missing and Write
// then adds them: the notebook's and the cells' metadata ({}), a code
// cell's outputs ([]) and execution_count (null), the metadata of
// display_data and execute_result ({}). Types are checked: a source that
// is a number is an error, not an empty cell.
//
// # Size
//
// Read decodes straight from the byte slice into the notebook's types,
// building a small tree only for the values kept verbatim. A generated
// 100 MB notebook (a 40 MB image and 20,000 cells of stream text) reads in
// about a second and allocates about twice its size; [Options.MaxBytes]
// refuses larger files before reading them.
//
// # Byte order mark
//
// Python's json.loads refuses a UTF-8 byte order mark, so Jupyter cannot
// open such a file; other editors write them. Read accepts and skips it,
// and sets Layout.BOM; Write never writes one.
//
// # Errors
//
// Read never panics on bad input. It reports the first problem as one
// [*ReadError] naming the file, the 1-based line and column (in bytes)
// and, for structural problems, the path in the notebook:
//
//	nb.ipynb:12:5: invalid JSON: unexpected character '}', want a value
//	nb.ipynb:40:9: cells[3].outputs[0]: "text" must be a string or a list of strings, got number
//
// Invalid UTF-8, control characters in strings, lone UTF-16 surrogates
// (\ud800, which Python reads but cannot write back as UTF-8), nesting
// deeper than 1000 levels and trailing data are errors too.
//
// [Write] reports values it cannot write, such as invalid raw JSON, as a
// [*WriteError]. [WriteFile] and [AtomicWriteFile] never leave a file
// half-written.
package ipynb
