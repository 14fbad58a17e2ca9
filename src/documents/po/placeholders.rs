//! Format placeholders in PO strings (`%s`, `%(name)s`, `{0}`…): replaced by
//! [`PLACEHOLDER`](crate::documents::PLACEHOLDER) so that they are never taken as words.
//!
//! Which syntaxes apply comes from the entry's `#,` flags:
//!
//! - `c-format`, `objc-format`, `python-format`, `php-format`, `perl-format`,
//!   `gcc-internal-format`, `gfc-internal-format`, `awk-format`,
//!   `lua-format`, `object-pascal-format`: the full printf syntax
//!   (`%s`, `%d`, `%1$s`, `%.2f`, `%-10s`, `% d`, `%lld`, `%(name)s`); `%%`
//!   is a literal `%` and becomes one.
//! - `python-brace-format`, `java-format`, `csharp-format`: braces (`{0}`,
//!   `{name}`, `{0:>10}`, `{0,number}`); `{{` and `}}` are literal braces.
//! - `qt-format`, `qt-plural-format`, `kde-format`: `%1` … `%99` (and `%n`).
//! - No format flag: a plain heuristic that only takes unambiguous
//!   placeholders — printf conversions `%s %d %i %u %f %x %c %p` with
//!   optional `n$`, `-`/`+`/`0` flags, width, precision and `l`/`ll`/`h`/`z`
//!   length, but no space flag (`50 % de` is French, not `% d`), `%(name)s`,
//!   and braces around an identifier or a number (`{name}`, `{0}`); `%%` is
//!   left as written.
//! - Only `no-…-format` flags: the string is not a format string; nothing is
//!   replaced.

use std::ops::Range;

use crate::documents::{SegmentText, TextBuilder};

/// The placeholder syntaxes of one entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Syntaxes {
    /// printf-style `%…` conversions.
    pub printf: Option<Strictness>,
    /// `{…}` fields.
    pub braces: Option<Strictness>,
    /// Qt/KDE numbered `%1`.
    pub numbered: bool,
}

/// Declared by a flag (full syntax) or guessed (unambiguous forms only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// The entry's flags say so: the whole syntax, escapes included.
    Declared,
    /// No flag: only forms that cannot be ordinary text.
    Guessed,
}

const PRINTF_FLAGS: &[&str] = &[
    "c-format",
    "objc-format",
    "python-format",
    "php-format",
    "perl-format",
    "gcc-internal-format",
    "gfc-internal-format",
    "awk-format",
    "lua-format",
    "object-pascal-format",
];
const BRACE_FLAGS: &[&str] = &["python-brace-format", "java-format", "csharp-format"];
const NUMBERED_FLAGS: &[&str] = &["qt-format", "qt-plural-format", "kde-format"];

/// The syntaxes that the flags of an entry declare (or the guess, when they
/// declare none).
pub fn syntaxes(flags: &[String]) -> Syntaxes {
    let has = |list: &[&str]| flags.iter().any(|flag| list.contains(&flag.as_str()));
    let declared = Syntaxes {
        printf: has(PRINTF_FLAGS).then_some(Strictness::Declared),
        braces: has(BRACE_FLAGS).then_some(Strictness::Declared),
        numbered: has(NUMBERED_FLAGS),
    };
    if declared != Syntaxes::default() {
        return declared;
    }
    let denied = flags
        .iter()
        .any(|flag| flag.starts_with("no-") && flag.ends_with("-format"));
    if denied {
        return Syntaxes::default();
    }
    Syntaxes {
        printf: Some(Strictness::Guessed),
        braces: Some(Strictness::Guessed),
        numbered: false,
    }
}

/// What replaces a span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replacement {
    Placeholder,
    Literal(&'static str),
}

/// `text` with its placeholders replaced, offsets kept.
pub fn replace(text: SegmentText, syntaxes: &Syntaxes) -> SegmentText {
    let edits = find(&text.text, syntaxes);
    if edits.is_empty() {
        return text;
    }
    let mut builder = TextBuilder::default();
    let mut copied = 0;
    for (range, replacement) in edits {
        copy(&text, copied..range.start, &mut builder);
        let at = text.file_offset(range.start);
        match replacement {
            Replacement::Placeholder => builder.placeholder(at),
            Replacement::Literal(literal) => builder.run(literal, at),
        }
        copied = range.end;
    }
    copy(&text, copied..text.text.len(), &mut builder);
    builder.finish()
}

/// Copies `range` of `text` with its offsets, one piece per offset run (a
/// run that stands for an escape must not merge with the literal before it).
fn copy(text: &SegmentText, range: Range<usize>, builder: &mut TextBuilder) {
    let mut start = range.start;
    while start < range.end {
        let next_run = text
            .offsets
            .iter()
            .map(|&(offset, _)| offset)
            .find(|&offset| offset > start)
            .unwrap_or(usize::MAX);
        let end = next_run.min(range.end);
        builder.run(&text.text[start..end], text.file_offset(start));
        start = end;
    }
}

/// The placeholders of `text`, in order, without overlaps.
fn find(text: &str, syntaxes: &Syntaxes) -> Vec<(Range<usize>, Replacement)> {
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let found = match bytes[i] {
            b'%' => percent(bytes, i, syntaxes),
            b'{' | b'}' => syntaxes
                .braces
                .and_then(|strictness| brace(bytes, i, strictness)),
            _ => None,
        };
        match found {
            Some((end, replacement)) => {
                edits.push((i..end, replacement));
                i = end;
            }
            None => i += 1,
        }
    }
    edits
}

/// A `%` conversion at `start`: where it ends and what replaces it.
fn percent(bytes: &[u8], start: usize, syntaxes: &Syntaxes) -> Option<(usize, Replacement)> {
    let next = *bytes.get(start + 1)?;
    if syntaxes.numbered && (next.is_ascii_digit() && next != b'0' || next == b'n') {
        let digits = count(bytes, start + 1, |b| b.is_ascii_digit()).clamp(1, 2);
        return Some((start + 1 + digits, Replacement::Placeholder));
    }
    let strictness = syntaxes.printf?;
    if next == b'%' {
        return (strictness == Strictness::Declared)
            .then_some((start + 2, Replacement::Literal("%")));
    }
    let declared = strictness == Strictness::Declared;
    let mut i = start + 1;
    if bytes[i] == b'(' {
        // Python mapping key: %(name)s
        let close = bytes[i..].iter().position(|&b| b == b')')?;
        i += close + 1;
    } else {
        let digits = count(bytes, i, |b| b.is_ascii_digit());
        if digits > 0 && bytes.get(i + digits) == Some(&b'$') {
            i += digits + 1;
        }
    }
    let flags: &[u8] = if declared { b"-+ #0'" } else { b"-+0" };
    i += count(bytes, i, |b| flags.contains(&b));
    if declared && bytes.get(i) == Some(&b'*') {
        i += 1;
    } else {
        i += count(bytes, i, |b| b.is_ascii_digit());
    }
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if declared && bytes.get(i) == Some(&b'*') {
            i += 1;
        } else {
            i += count(bytes, i, |b| b.is_ascii_digit());
        }
    }
    let lengths: &[&[u8]] = if declared {
        &[
            b"hh", b"ll", b"I64", b"I32", b"h", b"l", b"L", b"q", b"j", b"z", b"t", b"I",
        ]
    } else {
        &[b"ll", b"h", b"l", b"z"]
    };
    if let Some(length) = lengths.iter().find(|l| bytes[i..].starts_with(l)) {
        i += length.len();
    }
    let conversions: &[u8] = if declared {
        b"diouxXeEfFgGaAcspnr"
    } else {
        b"sdiufxcp"
    };
    let conversion = *bytes.get(i)?;
    if !conversions.contains(&conversion) {
        return None;
    }
    // A guessed conversion must not run into a word ("%site").
    if !declared && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((i + 1, Replacement::Placeholder))
}

/// A `{…}` field (or escaped brace) at `start`.
fn brace(bytes: &[u8], start: usize, strictness: Strictness) -> Option<(usize, Replacement)> {
    let declared = strictness == Strictness::Declared;
    match (bytes[start], bytes.get(start + 1)) {
        (b'{', Some(b'{')) if declared => return Some((start + 2, Replacement::Literal("{"))),
        (b'}', Some(b'}')) if declared => return Some((start + 2, Replacement::Literal("}"))),
        (b'}', _) => return None,
        _ => {}
    }
    let name = count(bytes, start + 1, |b| b.is_ascii_alphanumeric() || b == b'_');
    let after = start + 1 + name;
    if declared {
        let close = bytes[after..]
            .iter()
            .take_while(|&&b| b != b'{' && b != b'\n')
            .position(|&b| b == b'}')?;
        return Some((after + close + 1, Replacement::Placeholder));
    }
    let identifier = name > 0
        && (bytes[start + 1].is_ascii_alphabetic()
            || bytes[start + 1] == b'_'
            || bytes[start + 1..after].iter().all(u8::is_ascii_digit));
    (identifier && bytes.get(after) == Some(&b'}')).then_some((after + 1, Replacement::Placeholder))
}

fn count(bytes: &[u8], from: usize, accept: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(from..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| accept(b)).count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::PLACEHOLDER as P;

    fn replaced(text: &str, flags: &[&str]) -> String {
        let flags: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
        let mut builder = TextBuilder::default();
        builder.literal(text, 100);
        replace(builder.finish(), &syntaxes(&flags)).text
    }

    #[test]
    fn printf_conversions_are_placeholders_when_declared() {
        assert_eq!(
            replaced("%s of %d, %1$s %.2f %-10s %lld % d", &["c-format"]),
            format!("{P} of {P}, {P} {P} {P} {P} {P}")
        );
        assert_eq!(replaced("100%% sure", &["c-format"]), "100% sure");
    }

    #[test]
    fn python_placeholders() {
        assert_eq!(
            replaced("%(count)d files in %(dir)s", &["python-format"]),
            format!("{P} files in {P}")
        );
        assert_eq!(
            replaced(
                "{name} has {0} {{literal}} {x!r:>10}",
                &["python-brace-format"]
            ),
            format!("{P} has {P} {{literal}} {P}")
        );
    }

    #[test]
    fn qt_numbered_placeholders() {
        assert_eq!(
            replaced("%1 of %2 (%n)", &["qt-format"]),
            format!("{P} of {P} ({P})")
        );
    }

    #[test]
    fn the_guess_takes_only_unambiguous_forms() {
        assert_eq!(
            replaced("%s and %(n)s and {name} and {0}", &[]),
            format!("{P} and {P} and {P} and {P}")
        );
        assert_eq!(replaced("50 % de 100%% {a b}", &[]), "50 % de 100%% {a b}");
        assert_eq!(replaced("20%site", &[]), "20%site");
    }

    #[test]
    fn no_format_flags_mean_no_placeholders() {
        assert_eq!(replaced("%s {x}", &["no-c-format"]), "%s {x}");
    }

    #[test]
    fn offsets_follow_the_replacements() {
        let mut builder = TextBuilder::default();
        builder.literal("a %s b %% c", 10);
        let text = replace(builder.finish(), &syntaxes(&["c-format".to_owned()]));
        assert_eq!(text.text, format!("a {P} b % c"));
        assert_eq!(text.file_offset(0), 10);
        assert_eq!(text.file_offset(2), 12);
        let b = text.text.find('b').unwrap();
        assert_eq!(text.file_offset(b), 15);
        let c = text.text.find('c').unwrap();
        assert_eq!(text.file_offset(c), 20);
    }
}
