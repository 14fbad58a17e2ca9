## Messages of glossary editing, import and export.

arg-force = Replace a read-only file that you own (it stays read-only)
edit-read-only = { $path } is read-only: nothing was written
help-edit-read-only = make it writable (chmod u+w), or add --force to replace it anyway
edit-read-only-not-owner = { $path } is read-only and belongs to another user: nothing was written

cmd-init = Create a new, empty glossary: a file with its [glossary] header (languages, source language, title), ready for add and import. An existing file is never overwritten.
arg-init-path = The glossary file to create, or a directory to create glossary.toml in (default: the configured glossary)
arg-init-languages = The glossary’s languages, comma-separated (default: the configured source and target languages, else en,fr)
arg-init-source_language = The default source language of check (default: the configured one, else the first language)
arg-init-title = The title shown on the published pages
init-exists = { $path } already exists: nothing was written
help-init-exists = add concepts to it with gloss add or gloss import, or give another path
init-source-not-declared = the source language “{ $lang }” is not one of the languages ({ $languages })
init-written = created { $path }: add concepts with gloss add or gloss import

help-possible-values = possible values: { $values }
edit-command-line = command line
edit-unwritten-file = { $path } as the edit would write it
edit-add-duplicate = “{ $id }” already has these forms: nothing was added
help-edit-add-duplicate = to change that concept, use gloss set { $id } … (for example gloss set { $id } domain=…)
edit-mv-same-id = “{ $id }” already has this id: nothing to change
export-without-form = { $count ->
        [one] { $count } concept has
       *[other] { $count } concepts have
    } no form in “{ $lang }” and { $count ->
        [one] was
       *[other] were
    } left out: { $ids }
help-export-without-form = add the forms with gloss set ID { $lang }=…, or check the language
import-conflict-changes = differs from concept { $id } of the glossary (glossary → file), left as it is:
    { $changes }
import-conflict-in-file = repeats the concept { $id } of an earlier entry of the file with other values (earlier → this one), left out:
    { $changes }
import-earlier-row = the earlier entry
help-import-conflict-in-file = merge the two entries into one in the file (or give them different ids), then import again
arg-import-delimiter = CSV field delimiter (default: detected from the header line: comma, semicolon or tab)
arg-import-map = CSV column mapping for a header gloss does not know, as NAME=COLUMN (repeatable), e.g. --map English=en --map "Français=fr"
import-csv-only = --delimiter and --map are options of import csv
import-bad-map = “{ $text }” is not of the form NAME=COLUMN
help-import-map = for example --map English=en (the file’s header name, then the gloss column)
csv-map-unknown-header = --map names “{ $name }”, which is not a column of the file (its columns: { $names })
csv-map-bad-column = “{ $column }” is not a column gloss reads
help-csv-map = gloss reads the columns { $accepted }; name other headers with --map NAME=COLUMN
import-language-skipped = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } in “{ $lang }” left out: the glossary’s languages are { $languages }
help-import-language-skipped = to import them, add “{ $lang }” to the languages of the [glossary] header, then import again
help-lookup-empty-query = give a term, e.g. gloss lookup "stem cell"
lang-bad-tag = --lang “{ $lang }” is not a language tag or a locale
lookup-answer-to = ▶ { $query }
