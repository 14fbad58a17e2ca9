# gloss user interface — English (United States).
# Every message here must also exist in locales/fr/gloss.ftl with the same
# placeables; a test enforces it.

## Levels and general help

level-error = error
level-warning = warning
level-help = help
# Put between a label and the colon after it (“error:”): nothing in English.
typography-before-colon = { "" }
help-usage = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-value-command = COMMAND
# Placeholders of --help (<FILE>), by their English name in lower case.
help-value-assignment = ASSIGNMENT
help-value-char = CHAR
help-value-dir = DIR
help-value-file = FILE
help-value-form = FORM
help-value-format = FORMAT
help-value-gender = GENDER
help-value-id = ID
help-value-lang = LANG
help-value-n = N
help-value-new = NEW
help-value-old = OLD
help-value-path = PATH
help-value-pos = POS
help-value-tag = TAG
help-value-tags = TAGS
help-value-text = TEXT
help-value-when = WHEN
help-value-query = QUERY
help-value-rule = RULE
help-value-lang-form = LANG=FORM

## Command-line errors

cli-unknown-argument = unexpected argument “{ $arg }”
cli-unknown-command = unknown command “{ $command }”
cli-invalid-value = invalid value “{ $value }” for { $arg } (possible values: { $valid })
cli-missing-argument = missing required argument { $arg }
cli-missing-command = a command is required
cli-error = { $reason }
cli-see-help = For more information, try “gloss --help”.

## Commands and arguments (help texts)

cmd-gloss = Terminology checker for translations: keeps the glossary, checks that translations use the approved terms, looks terms up and publishes the glossary.
arg-lang = Interface language (BCP 47 tag such as “fr” or a locale such as “fr_FR.UTF-8”); for export fluent and import fluent, also the language of the terms
arg-color = When to use colours: auto (on a terminal, unless NO_COLOR is set), always or never
arg-config = Configuration file to use instead of the nearest gloss.toml
arg-glossary = Glossary file or directory (repeatable); overrides the configuration
arg-help = Print help
arg-version = Print the version
cmd-validate = Validate glossary files and report every problem
arg-validate-paths = Glossary files or directories (default: the configured glossary)
arg-validate-strict = Exit with code 1 when there are warnings
cmd-check = Check translations against the glossary
arg-check-source = Source-language file or directory
arg-check-target = Target-language file or directory
cmd-add = Add a concept at the end of a glossary file (by default the first file of the glossary; { "--file" } chooses another). The id is made from the English form when not given.
arg-add-id = Term id, a Fluent identifier (default: made from the English form, e.g. “{ "stem cell" }” → { "stem-cell" })
arg-add-en = English preferred form
arg-add-fr = French preferred form
arg-add-terms = Preferred form in another language, as LANG=FORM (repeatable)
arg-add-variants = Accepted variant, as LANG=FORM (repeatable)
arg-add-forbidden = Forbidden form, as LANG=FORM (repeatable)
arg-add-domain = Subject field
arg-add-note = Note for translators
arg-add-definition_en = English definition
arg-add-definition_fr = French definition
arg-add-gender = Grammatical gender of the French form: masculine, feminine, neuter or common
arg-add-pos = Part of speech of every form: noun, verb, adjective, adverb or other
arg-add-file = Glossary file that receives the concept (created if missing)
cmd-set = Change fields of a concept in place, keeping comments and layout.
    Assignments:
      PATH=VALUE    set a value (for { "variants" } and { "forbidden" }: a one-form list)
      PATH+=VALUE   add a form to a list
      PATH-=VALUE   remove a form from a list
      PATH=         remove the key (fr= removes the French entry)
    PATH is domain, note, dnt, a language (its preferred form: fr=…) or LANG.FIELD with FIELD one of { "term, variants, forbidden, definition, gender, pos, case-sensitive" }. Quote values for the shell; a value in double quotes is read as a TOML string.
    Example: gloss set cellule-souche fr.variants+="cellule-souche" domain="cell biology"
arg-set-id = Term id
arg-set-assignments = One or more assignments: PATH=VALUE, PATH+=VALUE, PATH-=VALUE or PATH=
cmd-forbid = Add forbidden forms to a concept (a form that was an accepted variant stops being one)
arg-forbid-id = Term id
arg-forbid-en = English form to forbid (repeatable)
arg-forbid-fr = French form to forbid (repeatable)
arg-forbid-terms = Form to forbid in another language, as LANG=FORM (repeatable)
cmd-rm = Remove a concept from the glossary
arg-rm-id = Term id
cmd-mv = Rename a concept’s id, in place
arg-mv-old = Current id
arg-mv-new = New id (a Fluent identifier)
arg-mv-rewrite = Also rewrite the { "{" } -old { "}" } references in the Fluent files of the pairs in gloss.toml
cmd-diff = Compare two glossaries concept by concept: added, removed, renamed concepts and changed forms, variants, forbidden forms and definitions. Each side is a file, a directory or a git revision; NEW defaults to the glossary on disk (gloss diff HEAD~1).
arg-diff-old = Old glossary: a file, a directory or a git revision (HEAD~1, main…)
arg-diff-new = New glossary: a file, a directory or a git revision (default: the glossary on disk)
arg-diff-format = Output format: human or json
arg-diff-exit_code = Exit with code 1 when the glossaries differ, like git diff --exit-code
cmd-export = Write the glossary as TBX-Basic (ISO 30042), CSV, JSON, or Fluent terms of one language (--lang)
arg-export-format = Format: tbx, csv, json or fluent (one term -id = preferred form per concept, for Fluent projects)
arg-export-output = Write to this file instead of standard output (--out works too)
arg-export-delimiter = CSV field delimiter (default: a comma)
arg-export-bom = Start the CSV with a byte-order mark, for Excel
arg-export-check = Write nothing; exit with code 1 when the output file differs from what would be written (for CI)
cmd-import = Merge a TBX or CSV file into the glossary: new concepts are added, identical ones left, different ones reported as conflicts and left as they are (exit code 1) unless --overwrite. With fluent, bring the changed preferred forms and genders of a file written by “gloss export fluent” back into the glossary
arg-import-format = Format: tbx (TBX v2/TBX-Basic or TBX v3), csv (comma, semicolon or tab, header row) or fluent (terms of the language --lang)
arg-import-input = The file to import
arg-import-overwrite = Replace the glossary’s concepts that differ from the file’s (fields the file leaves empty are kept)
arg-import-file = Glossary file that receives new concepts (default: the first file of the glossary)

## Reading files

error-not-found = { $path }: no such file or directory
# Why a file could not be read or written, from the kind of system error.
io-reason = { $kind ->
        [permission-denied] permission denied
        [is-a-directory] it is a directory
        [not-a-directory] a part of the path is not a directory
        [storage-full] the disk is full
        [already-exists] a file is already there, where a directory is needed
        [read-only-filesystem] the file system is read-only
       *[other] { $reason }
    }
error-read-file = cannot read { $path }: { $reason }
error-binary-file = { $path } is a binary file, not text
error-invalid-utf8 = { $path }:{ $line }:{ $column }: the file is not valid UTF-8
error-output = cannot write the output: { $reason }
error-no-toml = { $path } holds no .toml file
help-no-toml = give a glossary file, or a directory that contains *.toml files
help-check-path = check the path and the file's permissions and encoding (gloss reads UTF-8)

## Configuration

config-pair-without-target = this [[pairs]] entry has no “{ "target" }”
help-pair-target = add { "target" } = "…": the translated Fluent file or directory, or a .po catalogue
config-bad-level = “{ $value }” is not a level for the rule “{ $rule }”
help-rule-levels = possible values: { "\"error\"" }, { "\"warning\"" } or { "\"off\"" }

## Glossary validation

toml-syntax = TOML syntax error: { $kind ->
        [unclosed-table] the table header is not closed: “]” is missing
        [unclosed-array] the list is not closed: “]” is missing
        [unclosed-inline-table] the inline table is not closed: “{ "}" }” is missing
        [unclosed-string] the string is not closed: its closing quote is missing
        [missing-comma] a comma is missing between two elements
        [extra-comma] one comma too many
        [unquoted-string] a value is expected here, and a text value needs quotes
        [missing-equals] “=” is missing between the key and its value
        [bad-key] a key is letters, digits, “-” and “_”, or a quoted string
        [bad-escape] unknown escape after “\”
       *[other] { $reason }
    }
help-toml-syntax = fix the TOML syntax at this place (strings need quotes, tables need [brackets])
toml-duplicate-table = the table [{ $table }] is defined twice (first at line { $line })
help-toml-duplicate-table = merge the two tables into one
toml-duplicate-key = the key “{ $key }” is defined twice in this table (first at line { $line })
help-toml-duplicate-key = keep one of the two
glossary-duplicate-concept = concept “{ $id }” is defined twice (first at line { $line })
help-duplicate-concept = merge the two tables into one, or give one of them another id
glossary-unknown-key = unknown key “{ $key }”
help-did-you-mean = did you mean “{ $name }”?
help-known-keys = known keys: { $keys }
glossary-wrong-type = “{ $key }” must be { $expected ->
        [table] a table
        [string] a string
        [boolean] true or false
        [strings] a list of strings
        [string-or-table] a string (the preferred form) or a table
        [strings-or-tables] a list of strings or tables
        [string-or-inline-table] a string or an inline table
        [paths] a path or a list of paths
        [pairs] a list of [[pairs]] tables
       *[other] { $expected }
    }
glossary-empty-form = empty form
glossary-bad-language = “{ $tag }” is not a valid BCP 47 language tag
help-language-tag = use a tag such as “en”, “fr” or “fr-CA”
glossary-undeclared-language = language “{ $tag }” is not declared in { "[glossary] languages" } ({ $declared })
help-declare-language = add “{ $tag }” to the { "languages" } list of the { "[glossary]" } header, or fix the tag
glossary-bad-id = “{ $id }” is not a valid term id (a Fluent identifier: a letter, then letters, digits, “-” or “_”)
help-fluent-id = rename it, for example to “{ $suggestion }”
glossary-bad-value = invalid value “{ $value }” for “{ $key }”
glossary-no-terms-table = { $path } defines no terms
help-no-terms-table = add one table per concept, e.g. [terms.stem-cell] with en = "stem cell" and fr = "cellule souche"
glossary-no-terms = concept “{ $id }” has no term in any language
help-no-terms = add at least one language, e.g. en = "…"
glossary-missing-term = missing or empty preferred form for language “{ $lang }”
help-missing-term = give the preferred form as a string, or as term = "…" in the language table
glossary-accepted-and-forbidden = “{ $form }” is both accepted and forbidden in “{ $id }”
help-accepted-and-forbidden = remove it from the { "forbidden" } list or from the accepted forms
glossary-ambiguous-form = “{ $form }” of “{ $id }” is also an accepted form of “{ $other }”: matches are ambiguous
note-first-claimed = first claimed by “{ $id }” here
help-ambiguous-form = keep the form in one concept only, or merge the two concepts
glossary-duplicate-id = duplicate term id “{ $id }”
note-first-defined = first defined here
help-duplicate-id = ids must be unique across all glossary files: rename or merge one of them
glossary-dnt-differs = “{ $id }” is marked do-not-translate but its forms differ between languages
glossary-language-without-forms = no concept has a form in “{ $tag }”: check would find nothing to check
help-language-without-forms = the concepts have forms in: { $languages }
help-dnt-differs = a do-not-translate term has the same form in every language: give one form, or remove dnt
validate-summary = { $concepts ->
        [one] 1 concept
       *[other] { $concepts } concepts
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## Term check

level-note = note
check-no-target-language = no target language: the glossary has only one language
help-target-language = set target-language in gloss.toml, or add the target language to the glossary
check-source-without-target = { "--source" } needs { "--target" }
check-nothing-to-check = nothing to check: no document given and no [[pairs]] in the configuration
help-check-usage = run “{ "gloss check --source en-US/x.ftl --target fr/x.ftl" }”, “gloss check file.po”, or configure [[pairs]] in gloss.toml
arg-check-paths = PO catalogues to check (each holds source and target)
arg-check-include_fuzzy = Also check PO entries flagged fuzzy (drafts, skipped by default)
arg-check-format = Output format: human (annotated snippets), json, sarif (SARIF 2.1.0, for code scanning), github (workflow commands: annotations), gitlab (Code Quality report) or junit
cmd-rules = List the rules of “gloss check”, or explain one
arg-rules-rule = The rule to explain (e.g. missing-term)
rule-missing-term-summary = The source uses a glossary term and the translation has none of its approved forms.
rule-missing-term-doc = A segment whose source uses a glossary term (its preferred form or a variant, in any inflected form, or a Fluent reference { "{" } -id { "}" }) must use the term's preferred French form or one of its variants in the translation. Inflection is accepted (cellules souches for cellule souche, facteurs de croissance, modèles animaux), as are elision (l’épiderme), either apostrophe, any letter case (unless the term is case-sensitive) and Unicode NFC or NFD. Accents are significant: a form that differs only by accents is still missing, and the finding names the approved spelling. A derived word is not the term (se différencier is not différenciation), and a term must occur as a whole phrase, without words inserted inside. Nested terms are each found; a term used only inside a longer one ({ "stem cell" } in { "mesenchymal stem cell" }) is accounted for by the longer term and is not reported on its own. Do-not-translate terms must appear unchanged.
rule-forbidden-term-summary = The translation uses a forbidden form of a glossary term.
rule-forbidden-term-doc = A forbidden form of a term (a false friend, a calque, an anglicism, a misspelling listed under forbidden in the glossary) must not appear in a translation, in any inflected form, whatever the source says. When the forbidden form replaces the approved one, the segment also gets a missing-term finding; when both stand side by side, only this one. The finding suggests the approved form in the same number and letter case.
rules-default-severity = default severity: { $severity }
rules-off = off
rules-unknown = unknown rule “{ $rule }”
help-rules-list = run “gloss rules” to list the rules
config-unknown-rule = unknown rule “{ $rule }” in [rules]
help-known-rules = known rules: { $rules }
finding-missing-term = “{ $used }” is translated without the approved term “{ $approved }”
finding-dnt-missing = “{ $used }” is not to be translated: the translation must keep “{ $approved }”
finding-forbidden-term = “{ $found }” is a forbidden form: use “{ $approved }”
check-label-forbidden = forbidden form
check-label-near-miss = almost “{ $approved }”
check-label-missing = no approved form of “{ $approved }” in this translation
check-note-source = source: { $text }
check-note-approved = approved: { $forms }
check-help-replace = replace with “{ $replacement }”:
check-help-replace-by-hand = replace with “{ $replacement }”, agreeing the words around it
check-help-near-miss = “{ $found }” differs from the approved “{ $approved }” only in accents or letter case
check-summary = { $findings ->
        [0] no findings
        [one] 1 finding
       *[other] { $findings } findings
    } in { $segments ->
        [one] 1 segment
       *[other] { $segments } segments
    } of { $files ->
        [one] 1 file
       *[other] { $files } files
    }

## Lookup

cmd-lookup = Look a term up in either language, however it is typed (case, accents, inflection, typos, beginnings of words)
arg-lookup-query = The term to look up; several words need no quotes (without a query on a terminal: ask for terms one after the other)
arg-lookup-from = Match only forms of this language (e.g. “fr”)
arg-lookup-definitions = Also search the definitions
arg-lookup-format = Output format: human or json
arg-lookup-limit = Show at most this many concepts (default 10; 0 shows them all)
lookup-variants = variants: { $forms }
lookup-forbidden-forms = do not use: { $forms }
lookup-note = note: { $note }
lookup-dnt = do not translate
lookup-use-instead = do not use “{ $form }”: use “{ $preferred }”
lookup-via-variant = matched the variant “{ $form }”
lookup-via-id = matched the id
lookup-via-approximate = approximate match: “{ $form }”
lookup-via-definition = found in the definition
lookup-more = { $count ->
        [one] 1 more concept matches (--limit shows more)
       *[other] { $count } more concepts match (--limit shows more)
    }
lookup-not-found = no term matches “{ $query }”
lookup-empty-query = nothing to look up in “{ $query }”: type letters or digits
lookup-did-you-mean = did you mean { $forms }?
lookup-quoted = “{ $form }”
lookup-unknown-language = the glossary has no language “{ $lang }” (it has: { $languages })
lookup-missing-query = give a term to look up, e.g. gloss lookup "stem cell"
lookup-damaged-cache = the lookup cache cannot be read ({ $reason }): delete the .gloss-cache directory beside the glossary
lookup-prompt = term>
grammar-pos-noun = noun
grammar-pos-verb = verb
grammar-pos-adjective = adjective
grammar-pos-adverb = adverb
grammar-pos-other = other
grammar-gender-masculine = masculine
grammar-gender-feminine = feminine
grammar-gender-neuter = neuter
grammar-gender-common = common gender

## Pages

cmd-pages = Publish the glossary as a static site that works offline (or as Markdown pages for a wiki)
arg-pages-out = Directory to write the site into (default: site)
arg-pages-format = Output format: html or markdown
pages-written = { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } written for { $concepts ->
        [one] 1 concept
       *[other] { $concepts } concepts
    }: open { $path }
pages-cannot-write = cannot write the site into { $path }: { $reason }
pages-default-title = Glossary
pages-language = { $tag ->
        [en] English
        [fr] French
        [de] German
        [es] Spanish
        [it] Italian
       *[other] { $tag }
    }
pages-skip = Skip to the glossary
pages-directions = Directions
pages-letters = Letters
pages-parts = Pages
pages-home = Home
pages-search = Search the glossary
pages-search-hint = a term in any language
pages-domain-filter = Domain
pages-all-domains = All domains
pages-results-none = No term matches.
pages-results-forbidden = not approved: use { $preferred }
pages-results-variant = accepted variant
pages-variants = Variants:
pages-forbidden = Do not use:
pages-note = Note:
pages-dnt = Do not translate
pages-permalink = Link to this concept
pages-domain = Domain: { $domain }
pages-empty = This glossary has no concept yet.
pages-count = { $count ->
        [one] 1 concept
       *[other] { $count } concepts
    }
pages-generated = Generated by gloss
## Glossary maintenance

error-write-file = cannot write { $path }: { $reason }
edit-no-glossary = no glossary is configured
edit-invalid-before = the glossary has errors: nothing was changed
help-edit-invalid-before = fix the errors above (gloss validate lists them), then run the command again
edit-would-be-invalid = edit refused: the glossary would become invalid, nothing was written
edit-unknown-id = no concept has the id “{ $id }”
edit-id-taken = a concept with the id “{ $id }” already exists
edit-no-form = give at least one form (--en, --fr or --term LANG=FORM)
edit-add-no-preferred = give the preferred form in “{ $lang }” first
edit-bad-lang-form = “{ $text }” is not of the form LANG=FORM
help-edit-lang-form = for example --term de=Stammzelle
edit-no-entry = “{ $id }” has no entry in “{ $lang }”
help-edit-no-entry = give the preferred form first: { $lang }=…
edit-not-in-list = the form is not in { $field } (it holds: { $present })
edit-unsupported = { $field } of “{ $id }” is written in a way gloss cannot edit
edit-added = added “{ $id }” to { $path }
edit-updated = updated “{ $id }” in { $path }
edit-removed = removed “{ $id }” from { $path }
edit-renamed = renamed “{ $old }” to “{ $new }” in { $path }
edit-references-rewritten = { $count ->
        [one] 1 reference
       *[other] { $count } references
    } rewritten in { $path }
edit-nothing-to-do = nothing to change: the glossary already says so
edit-more-warnings = { $count ->
        [one] 1 more warning not shown
       *[other] { $count } more warnings not shown
    }
set-bad-assignment = cannot read the assignment “{ $text }”: { $reason ->
        [no-operator] it has no “=”, “+=” or “-=”
        [bad-quotes] the quoted value is not a valid string
       *[other] “+=” and “-=” need a value
    }
help-set-syntax = write PATH=VALUE, PATH+=VALUE, PATH-=VALUE or PATH= (see gloss set --help)
set-unknown-field = unknown field “{ $field }”
set-not-a-list = { $field } is not a list: use = to set it
set-term-required = { $field } cannot be removed: every language entry needs a preferred form
help-set-remove-language = to remove the whole entry, write { $lang }=
diff-git-failed = git failed: { $reason }
diff-unknown-side = “{ $spec }” is neither a file, a directory nor a git revision
help-diff-side = give a glossary file or directory, or a revision such as HEAD~1
diff-added = added { $id }
diff-removed = removed { $id }
diff-renamed = renamed { $from } → { $to }
diff-changed = changed { $id }
diff-form = “{ $form }”
diff-none = (none)
diff-yes = yes
diff-no = no
diff-entry = { $lang }: { $term }
diff-entry-domain = domain: { $domain }
diff-entry-variants = ; variants { $forms }
diff-entry-forbidden = ; forbidden { $forms }
diff-change-domain = domain: { $old } → { $new }
diff-change-note = note: { $old } → { $new }
diff-change-dnt = do not translate: { $old } → { $new }
diff-change-language-added = new entry { $entry }
diff-change-language-removed = removed entry { $entry }
diff-change-term = { $lang }: preferred form { $old } → { $new }
diff-change-variants = { $lang }: variants { $changes }
diff-change-forbidden = { $lang }: forbidden forms { $changes }
diff-change-definition = { $lang }: definition: { $diff }
diff-change-gender = { $lang }: gender { $old } → { $new }
diff-change-pos = { $lang }: part of speech { $old } → { $new }
diff-change-case-sensitive = { $lang }: case-sensitive { $old } → { $new }
diff-no-changes = no differences
diff-summary = { $added } added, { $removed } removed, { $renamed } renamed, { $changed } changed
export-bad-delimiter = “{ $delimiter }” cannot be a CSV delimiter
export-written = { $count ->
        [one] 1 concept
       *[other] { $count } concepts
    } written to { $path }
import-reading = reading { $path }
import-conflict = differs from concept { $id } of the glossary: left as it is
help-import-overwrite = review it, edit the glossary, or import again with --overwrite to take the file’s version
help-import-ambiguous = several concepts have this form: edit the glossary by hand
import-summary = { $path }: { $added } added, { $replaced } replaced, { $unchanged } unchanged, { $conflicts ->
        [one] 1 conflict
       *[other] { $conflicts } conflicts
    }
import-written = wrote { $path }
tbx-syntax = malformed XML: { $reason }
tbx-not-tbx = not a TBX document: the root element is “{ $name }”, expected “martif” (TBX v2) or “tbx” (TBX v3)
tbx-wrong-namespace = the “{ $name }” element is in namespace “{ $found }”, expected “{ $expected }”
tbx-unclosed = the “{ $name }” element is never closed
tbx-entity-declaration = the document declares entities: gloss never expands entities
help-tbx-entities = only &lt; &gt; &amp; &quot; &apos; and character references (&#233;) are read
tbx-unknown-entity = unknown entity reference “&{ $name };”
tbx-encoding = unsupported encoding “{ $encoding }”: save the file as UTF-8
tbx-missing-lang = “{ $name }” has no xml:lang attribute
tbx-empty-term = empty term, skipped
tbx-empty-entry = entry without any usable term, skipped
tbx-no-accepted-term = language “{ $lang }” of this entry has only forbidden terms: skipped
tbx-unknown-value = unknown { $category } “{ $value }”, ignored
tbx-ignored-categories = data categories gloss does not keep were ignored: { $names }
csv-syntax = malformed CSV: { $reason }
csv-ragged-row = this row has { $found } fields, the header has { $expected }
csv-duplicate-column = column “{ $column }” appears twice
csv-ignored-column = unknown column “{ $column }”, ignored
csv-no-language-column = the header names no language column
csv-bad-id = “{ $id }” is not a valid term id: a new id will be made
csv-bad-value = invalid value “{ $value }” in column { $column }, ignored
csv-no-term = values for “{ $lang }” without its preferred form, ignored
csv-empty-row = row without any term, skipped

## Reading documents

document-invalid-bytes = { $count ->
        [one] a byte sequence that is not valid { $encoding } was read as “�”
       *[other] { $count } byte sequences that are not valid { $encoding } were read as “�” (the first is here)
    }
help-invalid-bytes = save the file as { $encoding }, or declare its real charset in the header
document-no-source = no source file for { $path } (expected { $expected })
help-no-source = add the source file, or check that the source and target directories match
document-fluent-needs-source = { $path } is a Fluent file: it needs a source file to be checked against
help-fluent-needs-source = give the source file or directory with --source (or “source” in a [[pairs]] entry of gloss.toml)
document-unknown-format = { $path }: unknown document format
help-document-formats = gloss reads Fluent (.ftl), gettext (.po, .pot), XLIFF (.xlf, .xliff), JSON (.json, .arb), Markdown (.md), HTML (.html, .htm), plain text (.txt) and Word (.docx) files
document-no-documents = { $path } holds no document that gloss reads
document-kind-mismatch = { $source } and { $target } must both be files or both be directories
help-fluent-junk = this entry is not checked until it is fixed: “{ $text }”
fluent-expected-token = expected “{ $token }”
fluent-expected-entry-identifier = a message must start with its identifier (a letter, then letters, digits, “-” or “_”), or a term with “-” and its identifier; a comment starts with “#”
fluent-expected-identifier = an identifier is expected here: a letter, then letters, digits, “-” or “_”
fluent-expected-char-range = expected one of “{ $range }”
fluent-expected-message-field = message “{ $id }” has neither a value nor an attribute
fluent-expected-term-field = term “{ $id }” has no value
fluent-forbidden-callee = only functions (names in capitals) can be called
fluent-missing-default-variant = the select expression has no default variant (marked with *)
fluent-expected-value = expected a value
fluent-multiple-default-variants = a select expression can have only one default variant
fluent-message-reference-as-selector = a message reference cannot be a selector
fluent-term-reference-as-selector = a term reference cannot be a selector (use one of its attributes)
fluent-message-attribute-as-selector = a message attribute cannot be a selector
fluent-term-attribute-as-placeable = a term attribute cannot be used as a placeable
fluent-unterminated-string = unterminated string literal
fluent-positional-after-named = positional arguments must come before named arguments
fluent-duplicated-argument = the argument “{ $name }” appears twice
fluent-unknown-escape = unknown escape sequence “{ $escape }”
fluent-invalid-unicode-escape = invalid Unicode escape sequence “{ $escape }”
fluent-unbalanced-brace = unbalanced closing brace
fluent-expected-inline-expression = expected an inline expression
fluent-expected-simple-selector = expected a simple expression as selector
fluent-expected-literal = expected a string or number literal
fluent-nested-too-deep = placeables are nested more than { $limit } levels deep
fluent-too-many-variants = “{ $id }” has more than { $limit } combinations of variants; only the first { $limit } are checked
po-unterminated-string = unterminated string: the closing " is missing
po-expected-string = expected a quoted string after { $keyword }
po-text-after-string = unexpected text after the closing "
po-unknown-keyword = unexpected “{ $text }”: expected msgctxt, msgid, msgid_plural, msgstr, a string or a comment
po-orphan-string = a string line that continues no keyword
po-missing-msgid = { $keyword } without msgid
po-missing-msgstr = the entry “{ $id }” has no msgstr (is the file truncated?)
po-duplicate-keyword = { $keyword } appears twice in one entry
po-plural-needs-index = an entry with msgid_plural needs msgstr[0], msgstr[1]… instead of msgstr
po-index-needs-plural = msgstr[n] needs a msgid_plural before it
po-unknown-escape = unknown escape sequence “{ $escape }” (read as “{ $shown }”)
po-unknown-charset = unknown charset “{ $charset }”: the file is read as UTF-8
help-po-syntax = each entry is msgid "…" then msgstr "…"; strings are in double quotes, with \" for a quote; this entry is not checked

## Fluent structure

fluent-missing-message = “{ $id }” is missing from the translation
fluent-obsolete-message = “{ $id }” is not in the source file: it is obsolete
fluent-missing-attribute = attribute “{ $attribute }” of “{ $id }” is missing from the translation
fluent-obsolete-attribute = attribute “{ $attribute }” of “{ $id }” is not in the source: it is obsolete
fluent-missing-value = “{ $id }” has a value in the source but only attributes in the translation
fluent-obsolete-value = “{ $id }” has a value in the translation but only attributes in the source
fluent-unknown-variable = “{ $variable }” is not a variable of the source message
fluent-dropped-variable = the source uses “{ $variable }”, the translation does not
fluent-unknown-term-reference = term “{ $reference }” is defined in no file of this locale
fluent-unknown-message-reference = message “{ $reference }” is defined in no file of this locale
fluent-dropped-reference = the source references “{ $reference }”, the translation does not
fluent-added-reference = the translation references “{ $reference }”, the source does not
fluent-duplicate-entry = “{ $id }” is defined twice
fluent-duplicate-attribute = attribute “{ $attribute }” is defined twice in “{ $id }”
fluent-duplicate-key = variant key “{ $key }” appears twice
fluent-untranslated = “{ $id }” is identical to the source
fluent-not-a-plural-category = “{ $key }” is not a plural category in “{ $language }” (categories: { $categories })
fluent-missing-plural-category = the source has a “{ $key }” variant, the translation does not
fluent-literal-plural-number = the [{ $key }] variant writes { $number }, but in “{ $language }” the category { $key } holds { $numbers }: write { $placeable }
fluent-plural-variant-without-variable = the [{ $key }] variant does not show { $placeable }, but in “{ $language }” the category { $key } holds { $numbers }
fluent-missing-file = { $path } is missing: { $count ->
        [one] one message is
       *[other] { $count } messages are
    } not translated
note-source-message = in the source

## Glossary as Fluent terms

fluent-export-header = Terms of the glossary, generated by “gloss export fluent”. Change a preferred form here and bring it back with “gloss import fluent”, or change the glossary and export again.
import-fluent-unknown-term = “-{ $id }” is not a concept of the glossary: left out
help-import-fluent-unknown-term = add the concept to the glossary first (gloss add), or rename the term to an existing id
import-fluent-not-plain = “-{ $id }” is not a plain form (placeables or several lines): left out
help-import-fluent-not-plain = a glossary form is plain text: write it without placeables
import-fluent-bad-gender = “{ $value }” is not a gender (“-{ $id }”): left out
help-import-fluent-gender = use masculine, feminine, neuter or common
export-up-to-date = { $path } is up to date
export-stale = { $path } is out of date: export it again
export-no-language = which language? The glossary has no language besides its source language
help-export-lang = name it with --lang, e.g. gloss export fluent --lang fr, or set target-language in gloss.toml
import-fluent-summary = { $path }: { $terms ->
        [one] { $terms } preferred form
       *[other] { $terms } preferred forms
    } and { $genders ->
        [one] { $genders } gender
       *[other] { $genders } genders
    } changed
rule-missing-message-summary = A message or term of the source file is missing from the translation.
rule-missing-message-doc = Every message and term of a Fluent source file must be defined in the target file at the same relative path. The finding points where the message would go: before the translation of the next source message. At run time a missing message falls back to another language or shows its id.
rule-obsolete-message-summary = A message or term of the translation is not in the source file any more.
rule-obsolete-message-doc = A message or term that the source file no longer defines is dead weight in the translation: it was renamed or removed upstream. Remove it, or translate the new id.
rule-missing-attribute-summary = An attribute of a source message is missing from its translation.
rule-missing-attribute-doc = Each attribute of a source message (.label, .title, .accesskey…) must also be in the translated message: the program asks for it by name. Attributes of terms are private to each language and are not compared.
rule-obsolete-attribute-summary = A translated message has an attribute that its source message lacks.
rule-obsolete-attribute-doc = An attribute that the source message does not have is never asked for: it was renamed or removed upstream, or its name is misspelt.
rule-missing-value-summary = The source message has a value and the translation only attributes, or the reverse.
rule-missing-value-doc = Whether a message has a value (text after the equals sign) must be the same in both languages: the program either shows the value or only reads attributes.
rule-unknown-variable-summary = The translation uses a variable that the source message never uses.
rule-unknown-variable-doc = Variables ({ "{" } $name { "}" }) are given by the program; one that the source message (value and attributes together) never uses is probably misspelt, and Fluent shows it as an error at run time.
rule-dropped-variable-summary = The translation does not use a variable of the source message.
rule-dropped-variable-doc = A variable of the source message that the translation never uses is often a forgotten value. It is a warning only: a message may rightly say a value in words, when a plural variant stands for that value alone.
rule-unknown-term-reference-summary = A term reference is defined in no file of the translation’s language.
rule-unknown-term-reference-doc = A reference { "{" } -term { "}" } must name a term defined in the same file or in any other file of the same language (all files under the target directory are looked at); otherwise Fluent cannot format the message.
rule-unknown-message-reference-summary = A message reference is defined in no file of the translation’s language.
rule-unknown-message-reference-doc = A reference { "{" } message { "}" } or { "{" } message.attribute { "}" } must name a message (and attribute) defined in the same file or in any other file of the same language; otherwise Fluent cannot format the message.
rule-dropped-reference-summary = The source references a message or term that the translation does not.
rule-dropped-reference-doc = A reference to a message or a term (such as the brand name) in a source value or attribute should also be in its translation; compare-locales reports the same thing as a missing reference. References to term attributes are not compared.
rule-added-reference-summary = The translation references a message or term that the source does not.
rule-added-reference-doc = A reference in a translated value or attribute that its source does not have is often a leftover or a wrong id; compare-locales reports the same thing as an obsolete reference.
rule-duplicate-id-summary = An id, attribute or variant key is defined twice.
rule-duplicate-id-doc = A message or term id defined twice in a file, an attribute repeated in one message, or a variant key repeated in one select expression: only one of them is ever used (the first, for messages), so the other is a mistake.
rule-junk-summary = A part of the file is not valid Fluent.
rule-junk-doc = Fluent skips an entry it cannot parse (junk) and keeps reading. The finding gives the place of the error and the first line of the skipped entry; nothing in that entry is checked until it is fixed.
rule-untranslated-summary = The translation is identical to the source text.
rule-untranslated-doc = A value or attribute of three words or more that is the same in both languages was probably left untranslated. Shorter texts (product names, “Zoom”), access keys and style attributes are not reported. A warning only.
rule-plural-categories-summary = Plural variants do not fit the plural categories of the target language.
rule-plural-categories-doc = A select expression on a number may only use the CLDR plural categories of the target language (French: one, many, other; English: one, other) or exact numbers, and must have each category that the source covers and the target language has. gloss knows the categories of a small built-in table of languages; others are not checked.
rule-literal-plural-number-summary = A plural variant presumes one number of a category that holds several.
rule-literal-plural-number-doc = A plural category may hold more than one number: French “one” holds 0 and 1, Russian “one” holds 1, 21, 31… A variant that writes such a number in digits (“[one] 1 error”) or never shows the selector's variable (“[one] un fichier”) reads wrong for the other numbers of its category: “1 erreur” for zero errors. Write the variable instead ({ "{" } $count { "}" } erreur), or give the number a variant of its own ([0]), which takes it out of the category. The categories come from the CLDR plural rules of the target language; “other”, which holds nearly every number, is not checked.
rule-missing-file-summary = A source file has no translation file.
rule-missing-file-doc = When source and target are directories, every Fluent file of the source directory must exist at the same relative path in the target directory; all its messages are missing otherwise.
