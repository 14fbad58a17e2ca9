## Messages of verbs, homonyms and senses.
glossary-variant-no-term = table de variante sans terme
help-variant-table = écrivez une variante sous forme de chaîne, ou de table { "{" } term = "…", pos = "verb" { "}" }
