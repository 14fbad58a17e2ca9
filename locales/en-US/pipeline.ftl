## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = the glossary has no `{ $language }` forms (it has { $languages }): nothing could be checked
pipeline-help-no-target-forms = set target-language in gloss.toml to a language of the glossary, or add `{ $language }` forms to it
pipeline-utf16-unsupported = { $path } is written in { $encoding }, which this format is not read in
pipeline-help-convert-to-utf8 = convert it to UTF-8, e.g. `iconv -f { $encoding } -t UTF-8`
pipeline-help-save-as = save the file as { $encoding }
pipeline-po-utf8-declared-legacy = the header declares charset={ $charset } but the file is written in UTF-8: read as UTF-8
pipeline-help-po-declare-utf8 = write `charset=UTF-8` in the header's Content-Type
pipeline-po-duplicate-entry = the entry “{ $id }” is defined twice (first at line { $line })
pipeline-po-plural-forms = the entry “{ $id }” has { $found }, but the header’s Plural-Forms has nplurals={ $nplurals }: msgstr[0] to msgstr[{ $last }]
pipeline-po-plural-without-header = the entry “{ $id }” has plural forms, but the header has no Plural-Forms line
rule-po-plural-forms-summary = A PO plural entry does not have the header's number of plural forms.
rule-po-plural-forms-doc = The header's `Plural-Forms: nplurals=N; …` says how many forms each plural entry has: `msgstr[0]` to `msgstr[N-1]`, no more and no fewer. A missing form leaves some counts untranslated, an extra one is never used; plural entries without a `Plural-Forms` header cannot be used at all. `msgfmt -c` refuses such a catalogue.
rule-po-duplicate-entry-summary = A PO entry (msgctxt and msgid) is defined twice.
rule-po-duplicate-entry-doc = Two entries with the same msgctxt and msgid: gettext uses only one of them, so the other translation is lost. `msgfmt` refuses such a catalogue. Merge the two entries, or give them different contexts.
pipeline-unknown-glossary-term-reference = term “{ $reference }” is defined in no checked file, though the glossary defines `{ $term }`: check the file that defines the glossary’s terms along with this one (`gloss export fluent` writes it)
