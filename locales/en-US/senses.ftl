## Messages of verbs, homonyms and senses.
glossary-variant-no-term = variant table without a term
help-variant-table = write a variant as a string, or as a table { "{" } term = "…", pos = "verb" { "}" }
