## Messages of the check pipeline and its inputs.

pipeline-no-target-forms = the glossary has no `{ $language }` forms (it has { $languages }): nothing could be checked
pipeline-help-no-target-forms = set target-language in gloss.toml to a language of the glossary, or add `{ $language }` forms to it
