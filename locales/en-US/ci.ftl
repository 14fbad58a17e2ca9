## Messages of CI formats, fixes, baselines, suppressions.
