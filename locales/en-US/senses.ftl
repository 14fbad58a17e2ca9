## Messages of verbs, homonyms and senses.
glossary-variant-no-term = variant table without a term
help-variant-table = write a variant as a string, or as a table { "{" } term = "…", pos = "verb" { "}" }
level-info = info
glossary-homonym = “{ $form }” of “{ $id }” ({ $domain }) is also a form of “{ $other }” ({ $other_domain }): homonyms, either concept’s translation satisfies the word
help-homonym = list the contexts where the word is not this concept with { "not-in" } (e.g. { "en.not-in = [\"hot key\"]" })
finding-missing-term-senses = “{ $used }” is translated without the approved term of any of its senses: { $approved }
