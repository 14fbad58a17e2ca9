## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = the glossary has no `{ $language }` forms (it has { $languages }): nothing could be checked
pipeline-help-no-target-forms = set target-language in gloss.toml to a language of the glossary, or add `{ $language }` forms to it
pipeline-utf16-unsupported = { $path } is written in { $encoding }, which this format is not read in
pipeline-help-convert-to-utf8 = convert it to UTF-8, e.g. `iconv -f { $encoding } -t UTF-8`
pipeline-help-save-as = save the file as { $encoding }
pipeline-po-utf8-declared-legacy = the header declares charset={ $charset } but the file is written in UTF-8: read as UTF-8
pipeline-help-po-declare-utf8 = write `charset=UTF-8` in the header's Content-Type
