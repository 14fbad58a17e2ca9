## Messages of the check pipeline and its inputs.
