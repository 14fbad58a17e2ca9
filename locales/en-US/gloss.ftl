# gloss user interface — English (United States).
# Every message here must also exist in locales/fr/gloss.ftl with the same
# placeables; a test enforces it.

## Levels and general help

level-error = error
level-warning = warning
level-help = help
help-usage = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-value-command = COMMAND

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
arg-lang = Interface language (BCP 47 tag such as “fr” or a locale such as “fr_FR.UTF-8”)
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

## Reading files

error-not-found = { $path }: no such file or directory
error-read-file = cannot read { $path }: { $reason }
error-binary-file = { $path } is a binary file, not text
error-invalid-utf8 = { $path }:{ $line }:{ $column }: the file is not valid UTF-8
error-output = cannot write the output: { $reason }
error-no-toml = { $path } holds no .toml file
help-no-toml = give a glossary file, or a directory that contains *.toml files
help-check-path = check the path and the file's permissions and encoding (gloss reads UTF-8)

## Configuration

config-invalid = invalid configuration: { $reason }
help-config = see “Configuration” in the README for the keys of gloss.toml

## Glossary validation

glossary-toml-syntax = TOML syntax error: { $reason }
help-toml-syntax = fix the TOML syntax at this place (strings need quotes, tables need [brackets])
glossary-unknown-key = unknown key “{ $key }”
help-did-you-mean = did you mean “{ $name }”?
help-known-keys = known keys: { $keys }
glossary-wrong-type = “{ $key }” must be a { $expected }
glossary-empty-form = empty form
glossary-bad-language = “{ $tag }” is not a valid BCP 47 language tag
help-language-tag = use a tag such as “en”, “fr” or “fr-CA”
glossary-undeclared-language = language “{ $tag }” is not declared in [glossary] languages ({ $declared })
help-declare-language = add “{ $tag }” to the languages list of the [glossary] header, or fix the tag
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
help-accepted-and-forbidden = remove it from the forbidden list or from the accepted forms
glossary-ambiguous-form = “{ $form }” of “{ $id }” is also an accepted form of “{ $other }”: matches are ambiguous
note-first-claimed = first claimed by “{ $id }” here
help-ambiguous-form = keep the form in one concept only, or merge the two concepts
glossary-duplicate-id = duplicate term id “{ $id }”
note-first-defined = first defined here
help-duplicate-id = ids must be unique across all glossary files: rename or merge one of them
glossary-dnt-differs = “{ $id }” is marked do-not-translate but its forms differ between languages
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
check-source-without-target = --source needs --target
check-nothing-to-check = nothing to check: no document given and no [[pairs]] in the configuration
help-check-usage = run “gloss check --source en-US/x.ftl --target fr/x.ftl”, “gloss check file.po”, or configure [[pairs]] in gloss.toml
arg-check-paths = PO catalogues to check (each holds source and target)
arg-check-include_fuzzy = Also check PO entries flagged fuzzy (drafts, skipped by default)
arg-check-format = Output format: human (annotated snippets) or json
cmd-rules = List the rules of “gloss check”, or explain one
arg-rules-rule = The rule to explain (e.g. missing-term)
rule-missing-term-summary = The source uses a glossary term and the translation has none of its approved forms.
rule-missing-term-doc = A segment whose source uses a glossary term (its preferred form or a variant, in any inflected form, or a Fluent reference { "{" } -id { "}" }) must use the term's preferred French form or one of its variants in the translation. Inflection is accepted (cellules souches for cellule souche, facteurs de croissance, modèles animaux), as are elision (l’épiderme), either apostrophe, any letter case (unless the term is case-sensitive) and Unicode NFC or NFD. Accents are significant: a form that differs only by accents is still missing, and the finding names the approved spelling. A derived word is not the term (se différencier is not différenciation), and a term must occur as a whole phrase, without words inserted inside. Nested terms are each found; a term used only inside a longer one (stem cell in mesenchymal stem cell) is accounted for by the longer term and is not reported on its own. Do-not-translate terms must appear unchanged.
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
arg-lookup-limit = Show at most this many concepts (default 10)
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
help-document-formats = gloss reads Fluent (.ftl) files and gettext (.po, .pot) catalogues
document-no-documents = { $path } holds no .ftl or .po file
document-kind-mismatch = { $source } and { $target } must both be files or both be directories
help-fluent-junk = this entry is not checked until it is fixed: “{ $text }”
fluent-expected-token = expected “{ $token }”
fluent-expected-char-range = expected one of “{ $range }”
fluent-expected-message-field = message “{ $id }” has neither a value nor an attribute
fluent-expected-term-field = term “{ $id }” has no value
fluent-forbidden-callee = only functions (names in capitals) can be called
fluent-missing-default-variant = the select expression has no default variant (marked with *)
fluent-missing-value = expected a value
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
