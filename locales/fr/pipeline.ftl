## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = le glossaire n’a aucune forme en `{ $language }` (il a { $languages }) : rien ne pourrait être vérifié
pipeline-help-no-target-forms = donnez à target-language dans gloss.toml une langue du glossaire, ou ajoutez-y des formes en `{ $language }`
pipeline-utf16-unsupported = { $path } est écrit en { $encoding }, encodage dans lequel ce format n’est pas lu
pipeline-help-convert-to-utf8 = convertissez-le en UTF-8, par exemple avec `iconv -f { $encoding } -t UTF-8`
pipeline-help-save-as = enregistrez le fichier en { $encoding }
pipeline-po-utf8-declared-legacy = l’en-tête déclare charset={ $charset } mais le fichier est écrit en UTF-8 : lu en UTF-8
pipeline-help-po-declare-utf8 = écrivez `charset=UTF-8` dans le Content-Type de l’en-tête
