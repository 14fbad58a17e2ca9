## Messages of translated documents: readers, alignment, document rules.

documents-empty = { $path } holds no text to check
documents-format-mismatch = { $source } is { $source_format } but { $target } is { $target_format }: both sides of a pair must have the same format
documents-help-format-mismatch = rename one of the files, or give the pair a `format = "…"` in gloss.toml
documents-needs-source = { $path } is a { $format } document: it needs a source document to be checked against (--source)
documents-markdown-unclosed-fence = this code fence is never closed: the rest of the file is read as code and not checked
documents-help-unclosed-fence = close the fence with a line of the same backticks or tildes
documents-html-unclosed = <{ $element }> is never closed: the rest of the page is not checked
documents-help-html-unclosed = add the end tag </{ $element }>
documents-xml-malformed = malformed XML: { $reason }
documents-xml-entity = entity declarations, external entities and entity references are refused
documents-help-xml-entity = remove the document type declaration and write the characters themselves (or as &#…; references)
documents-xliff-not-xliff = this file has no <xliff> root element
documents-xliff-no-targets = { $count ->
    [one] the unit of this XLIFF file has no target
   *[other] none of the { $count } units of this XLIFF file has a target
}
documents-help-xliff-no-targets = translate the file before checking it: each unit needs its translation
documents-docx-unreadable = { $path } cannot be read as a Word document: { $reason }
documents-docx-part = { $path }: a part of the document cannot be read: { $reason }
documents-help-docx = save the document again as .docx from a word processor
documents-json-bom = the file starts with a byte order mark, which JSON does not allow
documents-help-json-bom = save the file as UTF-8 without a BOM
documents-json-malformed = malformed JSON: expected { $expected }
documents-json-duplicate-key = key “{ $key }” is defined twice: the last one wins
documents-json-first-key = first defined here
documents-note-paragraph = paragraph { $paragraph }, column { $column }
config-bad-format = unknown document format “{ $value }”
help-formats = the formats are: { $formats }
