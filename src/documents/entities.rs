//! Character references (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`) decoded
//! into a [`TextBuilder`], each decoded character mapped to the place of
//! its reference so offsets stay exact. XML knows only its five named
//! entities; HTML knows the common named ones below.

use super::TextBuilder;

/// Which names are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// `amp lt gt quot apos` only: any other name is an error.
    Xml,
    /// The common HTML names; an unknown name is kept as written.
    Html,
}

/// Named HTML entities other than the letters with diacritics, which
/// [`letter`] builds.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("shy", '\u{AD}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("middot", '·'),
    ("bull", '•'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("micro", 'µ'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("euro", '€'),
    ("pound", '£'),
    ("sect", '§'),
    ("para", '¶'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("le", '≤'),
    ("ge", '≥'),
    ("ne", '≠'),
    ("asymp", '≈'),
    ("larr", '←'),
    ("rarr", '→'),
    ("szlig", 'ß'),
    ("aelig", 'æ'),
    ("AElig", 'Æ'),
    ("oelig", 'œ'),
    ("OElig", 'Œ'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
];

/// A letter with a diacritic named like `eacute`, `Ccedil`, `ntilde`.
fn letter(name: &str) -> Option<char> {
    const MARKS: [(&str, char); 5] = [
        ("acute", '\u{301}'),
        ("grave", '\u{300}'),
        ("circ", '\u{302}'),
        ("uml", '\u{308}'),
        ("tilde", '\u{303}'),
    ];
    let mut chars = name.chars();
    let base = chars.next().filter(char::is_ascii_alphabetic)?;
    let rest = chars.as_str();
    let mark = if rest == "cedil" {
        '\u{327}'
    } else {
        MARKS.iter().find(|(suffix, _)| *suffix == rest)?.1
    };
    use unicode_normalization::UnicodeNormalization;
    let composed: String = [base, mark].into_iter().nfc().collect();
    let mut composed = composed.chars();
    let letter = composed.next()?;
    composed.next().is_none().then_some(letter)
}

/// The character a reference body (between `&` and `;`) stands for.
fn resolve(body: &str, dialect: Dialect) -> Option<char> {
    if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    let known = NAMED.iter().find(|(name, _)| *name == body).map(|e| e.1);
    match dialect {
        Dialect::Xml => known.filter(|_| matches!(body, "amp" | "lt" | "gt" | "quot" | "apos")),
        Dialect::Html => known.or_else(|| letter(body)),
    }
}

/// Appends `raw` (file text at `file_offset`) to `builder` with its
/// character references decoded. `Err` holds the file offset of the first
/// reference that is not known in XML; HTML keeps unknown ones as written.
pub(crate) fn decode_into(
    builder: &mut TextBuilder,
    raw: &str,
    file_offset: usize,
    dialect: Dialect,
) -> Result<(), usize> {
    let mut copied = 0;
    let mut search = 0;
    while let Some(found) = raw[search..].find('&') {
        let at = search + found;
        let body_end = raw[at + 1..]
            .char_indices()
            .take(32)
            .find(|&(_, c)| c == ';' || c == '&' || c.is_whitespace() || c == '<')
            .filter(|&(_, c)| c == ';')
            .map(|(end, _)| at + 1 + end);
        let decoded = body_end.and_then(|end| resolve(&raw[at + 1..end], dialect));
        match (decoded, body_end) {
            (Some(c), Some(end)) => {
                builder.literal(&raw[copied..at], file_offset + copied);
                builder.run(c.encode_utf8(&mut [0; 4]), file_offset + at);
                copied = end + 1;
                search = end + 1;
            }
            _ if dialect == Dialect::Xml => return Err(file_offset + at),
            _ => search = at + 1,
        }
    }
    builder.literal(&raw[copied..], file_offset + copied);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(raw: &str, dialect: Dialect) -> Result<(String, Vec<(usize, usize)>), usize> {
        let mut builder = TextBuilder::default();
        decode_into(&mut builder, raw, 100, dialect)?;
        let text = builder.finish();
        Ok((text.text, text.offsets))
    }

    #[test]
    fn html_entities_are_decoded_with_their_places() {
        let (text, offsets) =
            decode("caf&eacute; &amp; th&#233; &bogus; &", Dialect::Html).unwrap();
        assert_eq!(text, "café & thé &bogus; &");
        assert_eq!(offsets[0], (0, 100));
        assert_eq!(offsets[1], (3, 103));
        assert!(offsets.contains(&(6, 112)));
    }

    #[test]
    fn xml_refuses_unknown_names() {
        assert_eq!(decode("a &lt; b", Dialect::Xml).unwrap().0, "a < b");
        assert_eq!(decode("a &eacute; b", Dialect::Xml), Err(102));
        assert_eq!(decode("a & b", Dialect::Xml), Err(102));
    }
}
