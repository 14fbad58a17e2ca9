## Messages of verbs, homonyms and senses.
glossary-variant-no-term = table de variante sans terme
help-variant-table = écrivez une variante sous forme de chaîne, ou de table { "{" } term = "…", pos = "verb" { "}" }
level-info = info
glossary-homonym = « { $form } » de « { $id } » ({ $domain }) est aussi une forme de « { $other } » ({ $other_domain }) : homonymes, la traduction de l’un ou l’autre concept convient
help-homonym = indiquez les contextes où le mot n’est pas ce concept avec { "not-in" } (p. ex. { "en.not-in = [\"hot key\"]" })
finding-missing-term-senses = « { $used } » est traduit sans le terme approuvé d’aucun de ses sens : { $approved }
