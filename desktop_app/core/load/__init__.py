"""Reading a readout file (or pasted text) into plain text, one module per form: `encoding`, `html`,
`docx`, `pdf`; `files` sniffs the content and picks the reader; `raw` holds `RawText`, the limits, the one
list of readable suffixes and the errors. Import from the module itself (`load.files.read_file`): this
package's face stays empty, so that asking for the suffix list loads no reader.

`read_file` accepts .txt/.text, .md/.markdown, .html/.htm/.xhtml (a page saved from a ministry's site),
.docx and .pdf. The suffix picks the reader, but the content is sniffed too: a PDF, image or ZIP saved
as .txt is recognised, and an HTML page saved as .txt is read as HTML. Files larger than
`MAX_FILE_BYTES` (20 MB), or whose text is longer than `MAX_TEXT_CHARS` (a million characters), are
refused: readouts are a few pages, and a bigger file is almost certainly the wrong one.

Every failure is a `DocumentError` whose message is one line for the user, starting with the file name.
"""
