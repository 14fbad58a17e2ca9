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
