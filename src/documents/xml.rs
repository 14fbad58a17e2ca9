//! What the XML readers (XLIFF, the parts of a DOCX) share: attributes by
//! name, references resolved without any entity expansion, and the refusal
//! of document type declarations that declare entities or load external
//! ones (XXE, billion laughs).

use quick_xml::events::{BytesRef, BytesStart};

/// The value of attribute `name` (qualified, e.g. `xml:lang`), unescaped.
pub(crate) fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.as_ref() == name)
        .and_then(|attribute| {
            attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// True when a `<!DOCTYPE …>` body is harmless: it declares no entity and
/// names no external subset.
pub(crate) fn doctype_is_safe(body: &str) -> bool {
    let upper = body.to_ascii_uppercase();
    !["<!ENTITY", "SYSTEM", "PUBLIC"]
        .iter()
        .any(|word| upper.contains(word))
}

/// The character a reference stands for: a character reference or one of
/// the five predefined entities; `None` for any other name (never expanded).
pub(crate) fn reference_char(reference: &BytesRef) -> Option<char> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c);
    }
    match reference.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_declarations_and_external_subsets_are_unsafe() {
        assert!(doctype_is_safe("html"));
        assert!(!doctype_is_safe("x [<!ENTITY a \"b\">]"));
        assert!(!doctype_is_safe("x SYSTEM \"file:///etc/passwd\""));
    }
}
