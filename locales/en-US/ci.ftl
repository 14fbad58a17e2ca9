## Messages of CI formats, fixes, baselines, suppressions.

cmd-fix = Apply the fixes of the findings (the approved form in place of a forbidden one), check again, and say how many findings were fixed and how many remain. Only the bytes of each fix change; the file keeps its line endings, BOM and encoding and is replaced atomically.
arg-fix-paths = PO catalogues to fix (each holds source and target)
arg-fix-source = Source-language file or directory
arg-fix-target = Target-language file or directory to fix
arg-fix-include_fuzzy = Also fix PO entries flagged fuzzy
arg-fix-rule = Fix only the findings of this rule (repeatable)
arg-fix-term = Fix only the findings of this glossary term (repeatable)
arg-fix-force = Replace read-only files too, when you own them (they stay read-only)
arg-validate-format = Output format: human (diagnostics), or json, sarif, github, gitlab, junit: the glossary’s problems on standard output, as for “gloss check”
arg-check-quiet = Print only the summary line, and nothing when there is no finding
arg-check-statistics = Print the number of findings per rule and per term, most frequent first, instead of each finding
arg-check-diff = Print the changes “gloss fix” would make, as a unified diff, instead of the findings (exit code 1 when there is one)
cmd-completions = Print the completion script of a shell (bash, zsh, fish, powershell, elvish)
arg-completions-shell = The shell
cmd-manpage = Print the man page of gloss (roff)
ci-note-approved-missing = the approved term “{ $approved }” is missing: this form stands in its place
ci-sarif-rule-help = { $doc } Run “gloss rules { $rule }” for the rule’s severity in force.
ci-fix-description = Replace with “{ $replacement }”
ci-statistics-rules = Findings per rule:
ci-statistics-terms = Findings per term:
ci-fix-write-failed = cannot write the fixes: { $reason }
ci-help-fix-unchanged = the file was left as it was; files fixed before it keep their fixes
ci-fix-summary = { $fixed ->
        [0] no finding fixed
        [one] { $fixed } finding fixed
       *[other] { $fixed } findings fixed
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $remaining ->
        [0] none remains
        [one] { $remaining } remains
       *[other] { $remaining } remain
    }
rule-unused-suppression-summary = A gloss-ignore comment silences no finding.
rule-unused-suppression-doc = A “# gloss-ignore: rule term -- reason” comment on a Fluent message or in a PO entry’s translator comments silences the findings of that message or entry whose rule and term it names (all rules, or all terms, when it names none). A comment that silences nothing (the translation was corrected, a name is misspelt) is reported so that it can be removed. A warning only.
ci-unused-suppression = this suppression silences no finding: { $comment }
arg-check-baseline = Report only the findings that this baseline file (written by --write-baseline) does not record, and say how many of its findings are fixed
arg-check-write_baseline = Record today’s findings in this baseline file (sorted JSON, by fingerprint, not by line) instead of reporting them
ci-baseline-unreadable = cannot read the baseline { $path }: { $reason }
ci-help-baseline = write it with “gloss check --write-baseline { $path }”
ci-baseline-written = { $count ->
        [0] no finding recorded
        [one] { $count } finding recorded
       *[other] { $count } findings recorded
    } in { $path }
ci-baseline-fixed = { $fixed ->
        [one] { $fixed } finding
       *[other] { $fixed } findings
    } of the { $total } of the baseline { $path } no longer found: run “gloss check --write-baseline { $path }” to tighten it
arg-check-partition = Check only share K of N of the files (such as 2/4), for a CI matrix: each file belongs to one share, chosen by a hash of its path
arg-fix-partition = Fix only share K of N of the files (such as 2/4)
ci-bad-partition = “{ $value }” is not a share of the files
ci-help-partition = write K/N with 1 ≤ K ≤ N, such as --partition 2/4
