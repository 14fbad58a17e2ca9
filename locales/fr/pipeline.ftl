## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = le glossaire n’a aucune forme en `{ $language }` (il a { $languages }) : rien ne pourrait être vérifié
pipeline-help-no-target-forms = donnez à target-language dans gloss.toml une langue du glossaire, ou ajoutez-y des formes en `{ $language }`
