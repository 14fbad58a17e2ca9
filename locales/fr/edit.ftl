## Messages of glossary editing, import and export.
