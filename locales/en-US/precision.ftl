## Messages of precise matching: code, accelerators, compounds, glosses.
