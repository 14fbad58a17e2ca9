## Messages of glossary editing, import and export.

arg-force = Replace a read-only file that you own (it stays read-only)
edit-read-only = { $path } is read-only: nothing was written
help-edit-read-only = make it writable (chmod u+w), or add --force to replace it anyway
edit-read-only-not-owner = { $path } is read-only and belongs to another user: nothing was written
