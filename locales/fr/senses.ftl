## Messages of verbs, homonyms and senses.
