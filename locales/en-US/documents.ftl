## Messages of translated documents: readers, alignment, document rules.
