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

## Check

check-pair = would check { $source } → { $target }

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
