//! Renaming a term in Fluent files: `{ -old-id }` references (with
//! attributes or arguments) and the `-old-id = …` definition.

/// Rewrites the references to term `old` (and its definition) into `new`.
/// Returns the new text and how many places changed.
pub fn rewrite_term_references(text: &str, old: &str, new: &str) -> (String, usize) {
    let needle = format!("-{old}");
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut count = 0;
    for (start, _) in text.match_indices(&needle) {
        let end = start + needle.len();
        if !ends_identifier(&text[end..]) || !starts_reference(&text[..start]) {
            continue;
        }
        out.push_str(&text[last..start]);
        out.push('-');
        out.push_str(new);
        last = end;
        count += 1;
    }
    out.push_str(&text[last..]);
    (out, count)
}

fn ends_identifier(rest: &str) -> bool {
    !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A term reference opens a placeable or a call argument; a definition
/// starts a line.
fn starts_reference(before: &str) -> bool {
    if before.is_empty() || before.ends_with('\n') {
        return true;
    }
    matches!(
        before
            .trim_end_matches([' ', '\t', '\r', '\n'])
            .chars()
            .last(),
        Some('{' | '(' | ',')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_definition_are_renamed() {
        let text = "-cell = cellule\nintro = Une { -cell } et {-cell.gender ->\n *[f] la { -cell(case: \"x\") }\n}\n";
        let (out, count) = rewrite_term_references(text, "cell", "stem-cell");
        assert_eq!(count, 4);
        assert_eq!(
            out,
            "-stem-cell = cellule\nintro = Une { -stem-cell } et {-stem-cell.gender ->\n *[f] la { -stem-cell(case: \"x\") }\n}\n"
        );
    }

    #[test]
    fn other_identifiers_and_text_are_left() {
        let text = "a = { -cell-line } { -cellx } well-cell { \"-cell\" } x-cell = y\n";
        let (out, count) = rewrite_term_references(text, "cell", "z");
        assert_eq!((out.as_str(), count), (text, 0));
    }
}
