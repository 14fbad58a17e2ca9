## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = le glossaire n’a aucune forme en `{ $language }` (il a { $languages }) : rien ne pourrait être vérifié
pipeline-help-no-target-forms = donnez à target-language dans gloss.toml une langue du glossaire, ou ajoutez-y des formes en `{ $language }`
pipeline-utf16-unsupported = { $path } est écrit en { $encoding }, encodage dans lequel ce format n’est pas lu
pipeline-help-convert-to-utf8 = convertissez-le en UTF-8, par exemple avec `iconv -f { $encoding } -t UTF-8`
pipeline-help-save-as = enregistrez le fichier en { $encoding }
pipeline-po-utf8-declared-legacy = l’en-tête déclare charset={ $charset } mais le fichier est écrit en UTF-8 : lu en UTF-8
pipeline-help-po-declare-utf8 = écrivez `charset=UTF-8` dans le Content-Type de l’en-tête
pipeline-po-duplicate-entry = l’entrée « { $id } » est définie deux fois (d’abord à la ligne { $line })
pipeline-po-plural-forms = l’entrée « { $id } » a { $found }, mais la ligne Plural-Forms de l’en-tête dit nplurals={ $nplurals } : de msgstr[0] à msgstr[{ $last }]
pipeline-po-plural-without-header = l’entrée « { $id } » a des formes plurielles, mais l’en-tête n’a pas de ligne Plural-Forms
rule-po-plural-forms-summary = Une entrée PO au pluriel n’a pas le nombre de formes plurielles de l’en-tête.
rule-po-plural-forms-doc = La ligne `Plural-Forms: nplurals=N; …` de l’en-tête dit combien de formes a chaque entrée au pluriel : de `msgstr[0]` à `msgstr[N-1]`, ni plus ni moins. Une forme manquante laisse des nombres sans traduction, une forme en trop ne sert jamais ; des entrées au pluriel sans ligne `Plural-Forms` ne peuvent pas servir du tout. `msgfmt -c` refuse un tel catalogue.
rule-po-duplicate-entry-summary = Une entrée PO (msgctxt et msgid) est définie deux fois.
rule-po-duplicate-entry-doc = Deux entrées ont le même msgctxt et le même msgid : gettext n’en utilise qu’une, l’autre traduction est perdue. `msgfmt` refuse un tel catalogue. Fusionnez les deux entrées, ou donnez-leur des contextes différents.
pipeline-unknown-glossary-term-reference = le terme « { $reference } » n’est défini dans aucun fichier vérifié, alors que le glossaire définit `{ $term }` : vérifiez avec celui-ci le fichier qui définit les termes du glossaire (`gloss export fluent` l’écrit)
