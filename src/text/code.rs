//! Code in interface strings: command-line options, paths, URLs, e-mail
//! addresses, identifiers, placeholders, markup. Such text is not language:
//! no term is used or forbidden inside it, and no fix edits it. This module
//! finds it as byte ranges of a segment text, on its own
//! ([`code_spans`]) or, for words a translation copies verbatim from its
//! source in a code-like position, on both sides of a pair
//! ([`pair_code_spans`]).
//!
//! The shapes, each found by a small hand-written scanner:
//!
//! - a whitespace-delimited chunk that is an option (`-z`, `--plugin`,
//!   `--help={common|warnings}`), an assignment (`cet-report=none`), a list
//!   of alternatives (`on|off`), a directive (`#warning`, `.save`), a path
//!   (`/system/proxy/ftp/host`, `~/.config`, `C:\dir`), a URL, an e-mail
//!   address, a Rust or C++ path (`a::b`), a dotted name
//!   (`extensions.worktreeConfig`), a `CamelCase` name, a `snake_case`
//!   identifier with two underscores or more or in capitals
//!   (`GST_INSPECT_NO_COLORS`);
//! - delimited text: words in backquotes, tags and metavariables (`<name>`,
//!   `&lt;x&gt;`, `%<x%>`), entities (`&amp;`), placeholders of every common
//!   convention (`{x}`, `{{x}}`, `${x}`, `$x$`, `$x`, `%x%`, `%(x)s`,
//!   `%PRODUCTNAME`, `@EMAIL@`), option groups (`[-T timeout]`) and
//!   alternative groups (`[none | warning]`), and the metavariable after an
//!   option (`--user LOGIN`);
//! - the values of a list of alternatives and the metavariables, wherever
//!   else the text names them (`-mcheck=[none|warning] (default: warning)`,
//!   `--lock-wait-timeout=TIMEOUT  fail after waiting TIMEOUT`);
//! - copied verbatim from the other side of the pair: a quoted token or
//!   command (`"trace"` → `« trace »`, `'git log'`), a field name before `=`
//!   (`email = %s`), a `snake_case` identifier with one underscore
//!   (`user_name`; with one underscore and not copied, it is a word with an
//!   accelerator: `Pro_xy`), a program name before a message (`file: too
//!   many arguments`); and, knowing the term's form, a word in capitals that
//!   the form spells in lowercase (SQL `DEFAULT`, Fortran `LOG`, `SAVEd`: see
//!   [`is_copied_keyword`]) and a capitalised name inside a sentence
//!   (`champ Package`: see [`is_copied_name`]).

use std::ops::Range;

/// Longest delimited span taken as code: longer ones are prose in brackets.
const MAX_DELIMITED: usize = 80;

/// The byte ranges of `text` that are code on their own, sorted and merged.
pub fn code_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for chunk in chunks(text) {
        if is_code_chunk(&text[chunk.clone()]) {
            spans.push(chunk);
        }
    }
    delimited(text, &mut spans);
    metavariables(text, &mut spans);
    let mut spans = merge(spans);
    let values = alternative_values(text, &spans);
    spans.extend(values);
    merge(spans)
}

/// The code spans of both sides of a pair: [`code_spans`] of each, plus the
/// words each side copies verbatim from the other in a code-like position.
pub fn pair_code_spans(source: &str, target: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut source_spans = code_spans(source);
    let mut target_spans = code_spans(target);
    source_spans.extend(copied(source, target));
    source_spans.extend(copied_quotations(source, target));
    target_spans.extend(copied(target, source));
    target_spans.extend(copied_quotations(target, source));
    (merge(source_spans), merge(target_spans))
}

/// True when `range` overlaps one of the sorted `spans`.
pub fn overlaps_code(spans: &[Range<usize>], range: &Range<usize>) -> bool {
    let first = spans.partition_point(|span| span.end <= range.start);
    spans
        .get(first)
        .is_some_and(|span| span.start < range.end && range.start < span.end)
}

/// Characters that open a chunk without being part of what it names.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '«' | '“' | '"' | '\'' | '‘' | '„' | '‚' | '*' | '¡' | '¿'
    )
}

/// Characters that close a chunk or a sentence without being part of what it names.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | '»' | '”' | '"' | '\'' | '’' | '…' | '*'
    )
}

/// `chunk` without the closing punctuation at its end; a bracket it opens
/// stays (`login(1)`).
fn trim_closing(chunk: &str) -> &str {
    let mut core = chunk;
    while let Some(last) = core.chars().next_back().filter(|&c| is_closing(c)) {
        let rest = &core[..core.len() - last.len_utf8()];
        if last == ')' && rest.matches('(').count() > rest.matches(')').count() {
            break;
        }
        core = rest;
    }
    core
}

/// Whitespace-delimited chunks of `text`, without the punctuation around them.
fn chunks(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    let mut boundaries = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in boundaries.by_ref() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    start = None;
                    let chunk = &text[s..i];
                    let lead = chunk.len() - chunk.trim_start_matches(is_opening).len();
                    let core = trim_closing(&chunk[lead..]);
                    if !core.is_empty() {
                        return Some(s + lead..s + lead + core.len());
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// True when a chunk (without surrounding punctuation) is code on its own.
fn is_code_chunk(chunk: &str) -> bool {
    let bytes = chunk.as_bytes();
    let alnum_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let between_alnum = |i: usize| i > 0 && alnum_at(i - 1) && alnum_at(i + 1);
    let is_option = (bytes.first() == Some(&b'-')
        && (alnum_at(1) || bytes.get(1) == Some(&b'-') && alnum_at(2)))
        && bytes.iter().any(u8::is_ascii_alphabetic);
    // `#warning`, and assembler or roff directives and file extensions: `.save`, `.pot`.
    let directive = matches!(bytes.first(), Some(b'#' | b'.'))
        && bytes.get(1).is_some_and(u8::is_ascii_alphabetic);
    let path = chunk.starts_with('/') && (alnum_at(1) || bytes.get(1) == Some(&b'.'))
        || chunk.starts_with("~/")
        || chunk.starts_with("./")
        || chunk.starts_with("../")
        || chunk.matches('/').count() >= 2 && bytes.iter().any(u8::is_ascii_alphanumeric)
        || (0..bytes.len()).any(|i| bytes[i] == b'\\' && between_alnum(i));
    let url = chunk.contains("://") || chunk.starts_with("www.") || chunk.starts_with("mailto:");
    let email = (0..bytes.len()).any(|i| bytes[i] == b'@' && between_alnum(i));
    let assignment = (1..bytes.len()).any(|i| bytes[i] == b'=' && bytes[i - 1] != b' ')
        && bytes.iter().any(u8::is_ascii_alphabetic);
    let alternatives = (0..bytes.len()).any(|i| {
        bytes[i] == b'|'
            && (i > 0 && bytes[i - 1] != b' ')
            && bytes.get(i + 1).is_some_and(|&b| b != b' ')
    }) && bytes.iter().any(u8::is_ascii_alphabetic);
    let scoped = (0..bytes.len().saturating_sub(1))
        .any(|i| &bytes[i..i + 2] == b"::" && i > 0 && alnum_at(i - 1) && alnum_at(i + 2))
        || (0..bytes.len())
            .any(|i| bytes[i] == b'.' && between_alnum(i) && has_letter_around(bytes, i));
    // A manual page: `login(1)`, `crontab(5)`.
    let manual = chunk.ends_with(')')
        && chunk.rsplit_once('(').is_some_and(|(name, section)| {
            !name.is_empty() && section.len() >= 2 && section.as_bytes()[0].is_ascii_digit()
        });
    let camel = bytes
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let underscores = (0..bytes.len())
        .filter(|&i| bytes[i] == b'_' && between_alnum(i))
        .count();
    let identifier = underscores >= 2
        || chunk.starts_with("__")
        || underscores == 1 && !chunk.chars().any(char::is_lowercase);
    is_option
        || directive
        || path
        || url
        || email
        || assignment
        || alternatives
        || scoped
        || manual
        || camel
        || identifier
}

/// True when a letter touches the ASCII word on either side of byte `i`
/// (`a.b` is a name, `1.5` a number).
fn has_letter_around(bytes: &[u8], i: usize) -> bool {
    let left = bytes[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric())
        .any(u8::is_ascii_alphabetic);
    let right = bytes[i + 1..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .any(u8::is_ascii_alphabetic);
    left || right
}

/// Appends the delimited code spans of `text`: backquotes, tags, entities,
/// placeholders, option and alternative groups.
fn delimited(text: &str, spans: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end = match bytes[i] {
            b'`' => closing(text, i + 1, &["`", "'", "\u{2019}"]),
            b'<' => tag(text, i, 1, &[">"]),
            b'&' if text[i..].starts_with("&lt;") => tag(text, i, 4, &["&gt;"]),
            b'&' => entity(bytes, i),
            b'%' if text[i..].starts_with("%<") => closing(text, i + 2, &["%>"]),
            b'%' => percent(bytes, i),
            b'$' => dollar(bytes, i),
            b'{' => brace(text, i),
            b'@' => word_then(bytes, i + 1, b'@', u8::is_ascii_uppercase),
            b'[' => group(text, i),
            _ => None,
        };
        match end {
            Some(end) if end > i => {
                spans.push(i..end);
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// The end of the first of `closers` after `from` on the same line, within
/// [`MAX_DELIMITED`] bytes.
fn closing(text: &str, from: usize, closers: &[&str]) -> Option<usize> {
    let line_end = text[from..].find('\n').map_or(text.len(), |n| from + n);
    let limit = line_end.min(from + MAX_DELIMITED);
    closers
        .iter()
        .filter_map(|closer| {
            let window = text.get(from..limit.max(from))?;
            window
                .find(closer)
                .filter(|&at| at > 0)
                .map(|at| from + at + closer.len())
        })
        .min()
}

/// A tag or metavariable from `<` (or `&lt;`, `open` bytes long) to its
/// closer: it must start with a letter, `/`, `!`, `?` or a placeholder and
/// hold no other opener.
fn tag(text: &str, start: usize, open: usize, closers: &[&str]) -> Option<usize> {
    let first = text[start + open..].chars().next()?;
    if !(first.is_alphabetic() || matches!(first, '/' | '!' | '?' | '_' | '$' | '%' | '\u{FFFC}')) {
        return None;
    }
    let end = closing(text, start + open, closers)?;
    let inner = &text[start + open..end];
    (!inner.contains('<') && !inner.contains("&lt;")).then_some(end)
}

/// An entity `&amp;`, `&#38;`, `&#x26;`.
fn entity(bytes: &[u8], start: usize) -> Option<usize> {
    let body = bytes[start + 1..]
        .iter()
        .take(10)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
        .count();
    (body > 0 && bytes.get(start + 1 + body) == Some(&b';')).then_some(start + body + 2)
}

/// `%x%` (Windows variables), `%(name)s`, `%NAME` (LibreOffice
/// `%PRODUCTNAME`).
fn percent(bytes: &[u8], start: usize) -> Option<usize> {
    if bytes.get(start + 1) == Some(&b'(') {
        let close = bytes[start + 2..]
            .iter()
            .take(40)
            .position(|&b| b == b')')?;
        let after = start + 2 + close + 1;
        return bytes
            .get(after)
            .filter(|b| b.is_ascii_alphabetic())
            .map(|_| after + 1);
    }
    if let Some(end) = word_then(bytes, start + 1, b'%', |b| {
        b.is_ascii_alphabetic() || *b == b'_'
    }) {
        return Some(end);
    }
    let capitals = bytes[start + 1..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'_')
        .count();
    (capitals >= 2).then_some(start + 1 + capitals)
}

/// `${name}`, `$name$`, `$name`.
fn dollar(bytes: &[u8], start: usize) -> Option<usize> {
    match bytes.get(start + 1)? {
        b'{' => {
            let close = bytes[start + 2..]
                .iter()
                .take(60)
                .position(|&b| b == b'}')?;
            Some(start + 2 + close + 1)
        }
        b if b.is_ascii_alphabetic() || *b == b'_' => {
            let name = bytes[start + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .count();
            let end = start + 1 + name;
            Some(if bytes.get(end) == Some(&b'$') {
                end + 1
            } else {
                end
            })
        }
        _ => None,
    }
}

/// A run of ASCII word bytes from `from` that `first` accepts at its start,
/// closed by `close`: `%name%`, `@EMAIL@`.
fn word_then(bytes: &[u8], from: usize, close: u8, first: fn(&u8) -> bool) -> Option<usize> {
    bytes.get(from).filter(|b| first(b))?;
    let name = bytes[from..]
        .iter()
        .take(40)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    (bytes.get(from + name) == Some(&close)).then_some(from + name + 1)
}

/// `{x}`, `{{x}}`, `{a|b}`: braces around a name or a list, without spaces
/// (a Fluent placeable is already a placeholder).
fn brace(text: &str, start: usize) -> Option<usize> {
    let end = closing(text, start + 1, &["}"])?;
    let mut end = end;
    if text[end..].starts_with('}') {
        end += 1;
    }
    let inner = text[start + 1..end].trim_matches(['{', '}']);
    (!inner.is_empty() && !inner.contains(char::is_whitespace)).then_some(end)
}

/// `[-T timeout]`, `[--plugin <name>]`, `[none | warning]`: a bracket group
/// that starts with an option or lists alternatives.
fn group(text: &str, start: usize) -> Option<usize> {
    let end = closing(text, start + 1, &["]"])?;
    let inner = &text[start + 1..end - 1];
    if inner.contains('[') {
        return None;
    }
    let bytes = inner.as_bytes();
    let option = bytes.first() == Some(&b'-')
        && bytes
            .get(1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-');
    (option || inner.contains('|')).then_some(end)
}

/// Appends the metavariable after each option: `--user LOGIN`, `-o FILE`,
/// `--plugin <nom>` (the tag itself is found by [`delimited`]).
fn metavariables(text: &str, spans: &mut Vec<Range<usize>>) {
    let mut previous_option = false;
    for chunk in chunks(text) {
        let word = &text[chunk.clone()];
        let capitals = word.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !word.chars().any(char::is_lowercase);
        if previous_option && capitals {
            spans.push(chunk);
            previous_option = false;
            continue;
        }
        let bytes = word.as_bytes();
        previous_option = bytes.first() == Some(&b'-')
            && bytes
                .get(1)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-');
    }
}

/// The other places where `text` names a value of one of its lists of
/// alternatives (`[none|error|warning]`): an option value, not a word.
fn alternative_values(text: &str, spans: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut values: Vec<&str> = Vec::new();
    for span in spans {
        let code = &text[span.clone()];
        let words = code
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .filter(|v| v.chars().any(char::is_alphabetic));
        if code.contains('|') {
            values.extend(words);
        } else {
            // A metavariable (`--lock-wait-timeout=TIMEOUT`), named again in
            // the prose: `fail after waiting TIMEOUT`.
            values.extend(words.filter(|v| {
                v.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !v.chars().any(char::is_lowercase)
            }));
        }
    }
    if values.is_empty() {
        return Vec::new();
    }
    whole_words(text)
        .filter(|word| values.contains(&&text[word.clone()]))
        .filter(|word| !overlaps_code(spans, word))
        .collect()
}

/// The words of `text` (runs of letters, digits, `_` and `-`), as ranges.
fn whole_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let mut start = None;
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (is_word(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    let word = text[s..i].trim_matches('-');
                    if !word.is_empty() {
                        let lead = text[s..i].len() - text[s..i].trim_start_matches('-').len();
                        return Some(s + lead..s + lead + word.len());
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// True when `other` holds `word` as a whole word.
fn holds_word(other: &str, word: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    other.match_indices(word).any(|(at, _)| {
        !other[..at].chars().next_back().is_some_and(is_word)
            && !other[at + word.len()..].chars().next().is_some_and(is_word)
    })
}

/// True when `found`, the text of a match of the lowercase form `form`, is
/// spelt in capitals and `other` (the other side of the pair) holds it
/// verbatim: a keyword or a metavariable (SQL `DEFAULT`, `--tag=TAG`), not
/// the word. A form written in capitals itself (an abbreviation such as
/// *MRI*) is the word, copied or not.
pub fn is_copied_keyword(found: &str, form: &str, other: &str) -> bool {
    // A keyword with an English ending: Fortran `SAVEd` beside `SAVE`.
    let capitals = found.trim_end_matches(|c: char| c.is_lowercase());
    let ending = &found[capitals.len()..];
    capitals.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !capitals.chars().any(char::is_lowercase)
        && ["", "s", "d", "ed", "es", "ing"].contains(&ending)
        && form.chars().any(char::is_lowercase)
        && holds_word(other, capitals)
}

/// True when `found`, a match of the lowercase `form` at byte `at` of
/// `text`, is a capitalised name inside a sentence that `other` holds
/// verbatim: a field or element name (`no Package field` → `pas de champ
/// Package`, `on Link line` → `ligne de type « Link »`), not the word.
pub fn is_copied_name(text: &str, at: usize, found: &str, form: &str, other: &str) -> bool {
    let mut chars = found.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && !chars.any(char::is_uppercase);
    let inside_sentence = text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '\u{FFFC}'));
    capitalised
        && inside_sentence
        && !form.chars().next().is_some_and(char::is_uppercase)
        && holds_word(other, found)
}

/// The words of `text` that `other` copies verbatim in a code-like position:
/// quoted tokens, field names before `=`, identifiers with one underscore.
fn copied(text: &str, other: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let first_word = text.len() - text.trim_start().len();
    for word in whole_words(text) {
        let w = &text[word.clone()];
        let identifier = w.trim_matches('_').contains('_');
        let after = text[word.end..].trim_start_matches(' ');
        let field = after.starts_with('=') && !after.starts_with("==");
        let quoted = is_quoted(text, &word);
        // A program name before a message: `file: too many arguments`.
        let colon = |rest: &str| {
            rest.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                .starts_with(':')
        };
        let program = word.start == first_word
            && !w.contains(|c: char| !c.is_ascii_lowercase())
            && colon(&text[word.end..])
            && other.trim_start().strip_prefix(w).is_some_and(colon);
        if program || (identifier || field || quoted) && holds_word(other, w) {
            spans.push(word);
        }
    }
    spans
}

/// The quoted commands of `text` that `other` holds verbatim: `'git log'`
/// → `« git log »`, up to four words between quotes on one line.
fn copied_quotations(text: &str, other: &str) -> Vec<Range<usize>> {
    const PAIRS: [(char, char); 5] = [('\'', '\''), ('"', '"'), ('“', '”'), ('‘', '’'), ('«', '»')];
    let mut spans = Vec::new();
    for (at, open) in text.char_indices() {
        let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == open) else {
            continue;
        };
        let from = at + open.len_utf8();
        let Some(end) = text[from..]
            .char_indices()
            .take_while(|&(i, c)| c != '\n' && i < 60)
            .find(|&(_, c)| c == close)
            .map(|(i, _)| from + i)
        else {
            continue;
        };
        let inner = text[from..end].trim_matches(|c: char| c.is_whitespace());
        let words = inner.split_whitespace().count();
        if (2..=4).contains(&words) && other.contains(inner) {
            let start = from + text[from..end].find(inner).unwrap_or(0);
            spans.push(start..start + inner.len());
        }
    }
    spans
}

/// True when the word at `range` is all that stands between a pair of quotes.
fn is_quoted(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].trim_end_matches(['\u{a0}', '\u{202f}', ' ']);
    let after = text[range.end..].trim_start_matches(['\u{a0}', '\u{202f}', ' ']);
    let spaced = before.len() != range.start || after.len() != text.len() - range.end;
    let (Some(open), Some(close)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    match (open, close) {
        ('«', '»') => true,
        _ if spaced => false,
        ('"', '"') | ('\'', '\'') | ('“', '”') | ('‘', '’') | ('`', '\'') | ('`', '`') => {
            true
        }
        _ => false,
    }
}

/// Sorted, non-overlapping ranges covering the same bytes as `spans`.
fn merge(mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    spans.sort_by_key(|span| (span.start, span.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code of `text`, as strings.
    fn code(text: &str) -> Vec<&str> {
        code_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    fn copied_code<'t>(text: &'t str, other: &str) -> Vec<&'t str> {
        pair_code_spans(text, other)
            .0
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn options_their_values_and_alternatives() {
        assert_eq!(
            code("  -z cet-report=[none|warning|error] (default: warning)"),
            vec!["-z", "cet-report=[none|warning|error]", "warning"]
        );
        assert_eq!(code("Use --plugin to load it."), vec!["--plugin"]);
        assert_eq!(
            code("--help={common|optimizers|warnings}[,...]."),
            vec!["--help={common|optimizers|warnings}[,...]"]
        );
        assert_eq!(code("mode on|off"), vec!["on|off"]);
        assert_eq!(
            code("[-T timeout] [-u fd]"),
            vec!["[-T timeout]", "[-u fd]"]
        );
        assert_eq!(code("[ none | warning ]"), vec!["[ none | warning ]"]);
        assert_eq!(
            code("-u, --user LOGIN/RANGE display"),
            vec!["-u", "--user", "LOGIN/RANGE"]
        );
        // A dash between words, a range, a bullet: prose.
        assert!(code("un serveur - ou plusieurs - de 1-2 clés.").is_empty());
    }

    #[test]
    fn directives_paths_urls_and_addresses() {
        assert_eq!(code("#warning and #include"), vec!["#warning", "#include"]);
        assert_eq!(
            code("operand to .save, no .pot file"),
            vec![".save", ".pot"]
        );
        assert_eq!(
            code("The port of “/system/proxy/ftp/host”."),
            vec!["/system/proxy/ftp/host"]
        );
        assert_eq!(
            code("In ~/.config or ./configure."),
            vec!["~/.config", "./configure"]
        );
        assert_eq!(code("C:\\Windows\\Temp"), vec!["C:\\Windows\\Temp"]);
        assert_eq!(
            code("See https://bugs.example.org/bugs/ now."),
            vec!["https://bugs.example.org/bugs/"]
        );
        assert_eq!(
            code("Write to <bugs@example.org>."),
            vec!["<bugs@example.org>"]
        );
        assert_eq!(code("Mail user@example.org."), vec!["user@example.org"]);
        // Slashes between words in prose.
        assert!(code("import/merge keys, et/ou").is_empty());
    }

    #[test]
    fn identifiers_and_environment_variables() {
        assert_eq!(
            code("by setting GST_INSPECT_NO_COLORS to 1"),
            vec!["GST_INSPECT_NO_COLORS"]
        );
        assert_eq!(code("the my_long_name field"), vec!["my_long_name"]);
        assert_eq!(
            code("Acquire::ftp::ProxyLogin is empty"),
            vec!["Acquire::ftp::ProxyLogin"]
        );
        assert_eq!(
            code("set extensions.worktreeConfig setting"),
            vec!["extensions.worktreeConfig"]
        );
        assert_eq!(code("a ManagementForm"), vec!["ManagementForm"]);
        assert_eq!(code("pour login(1)."), vec!["login(1)"]);
        assert_eq!(code("CACHEDIR.TAG file"), vec!["CACHEDIR.TAG"]);
        assert_eq!(code("use $HOME or %APPDATA%"), vec!["$HOME", "%APPDATA%"]);
        // Accelerators and numbers are not identifiers.
        assert!(code("Serveur Pro_xy : _Timeout 1.5").is_empty());
    }

    #[test]
    fn placeholders_of_every_convention() {
        let text = "%(name)s {x} {{y}} ${z} $user$ %PRODUCTNAME @EMAIL@ <file> &lt;key&gt; &amp; `plugin` %<\"user\"%>";
        assert_eq!(
            code(text),
            vec![
                "%(name)s",
                "{x}",
                "{{y}}",
                "${z}",
                "$user$",
                "%PRODUCTNAME",
                "@EMAIL@",
                "<file>",
                "&lt;key&gt;",
                "&amp;",
                "`plugin`",
                "%<\"user\"%>"
            ]
        );
        assert_eq!(code("`foo' et `bar baz`"), vec!["`foo'", "`bar baz`"]);
        // Comparisons and percentages are prose.
        assert!(code("a < b > c, 50 % de 100 %, R&D").is_empty());
    }

    #[test]
    fn words_copied_verbatim_in_code_positions() {
        assert_eq!(
            copied_code(
                "… avec DEFAULT et le « trace » ; email = %s",
                "set to DEFAULT, \"trace\", email = %s"
            ),
            vec!["trace", "email"]
        );
        assert!(is_copied_keyword("DEFAULT", "default", "set to DEFAULT"));
        assert!(is_copied_keyword(
            "SAVEd",
            "save",
            "pas sauvegardé avec SAVE"
        ));
        assert!(!is_copied_keyword("SAVEr", "save", "avec SAVE"));
        let text = "no Package field found";
        assert!(is_copied_name(
            text,
            3,
            "Package",
            "package",
            "pas de champ Package"
        ));
        assert!(!is_copied_name(
            "Package list",
            0,
            "Package",
            "package",
            "Package"
        ));
        assert!(!is_copied_name(
            text,
            3,
            "Package",
            "package",
            "pas de champ paquet"
        ));
        assert_eq!(
            code("--lock-wait-timeout=TIMEOUT  fail after waiting TIMEOUT"),
            vec!["--lock-wait-timeout=TIMEOUT", "TIMEOUT"]
        );
        assert!(is_copied_keyword("LOG", "log", "LOG at %L"));
        assert!(!is_copied_keyword("MRI", "MRI", "An MRI."));
        assert!(!is_copied_keyword("DEFAULT", "default", "set to default"));
        assert_eq!(
            copied_code("la clé user_name", "the user_name key"),
            vec!["user_name"]
        );
        assert_eq!(
            copied_code("file : trop d’arguments", "file: too many arguments"),
            vec!["file"]
        );
        assert_eq!(
            copied_code(
                "Résumer la sortie de 'git log'",
                "Summarize 'git log' output"
            ),
            vec!["git log"]
        );
        // A label in capitals is a word: `Proxy: none` → `Proxy : aucun`.
        assert!(copied_code("Proxy : aucun", "Proxy: none").is_empty());
        // Not copied, or not in a code position: words.
        assert!(copied_code("avec DEFAULT", "set to none").is_empty());
        assert!(copied_code("une IRM et le trace", "an IRM and the trace").is_empty());
    }

    #[test]
    fn overlap_with_sorted_spans() {
        let spans = vec![2..5, 10..12];
        assert!(overlaps_code(&spans, &(4..6)));
        assert!(!overlaps_code(&spans, &(5..10)));
        assert!(overlaps_code(&spans, &(0..20)));
        assert!(!overlaps_code(&[], &(0..1)));
    }

    proptest::proptest! {
        #[test]
        fn spans_are_sorted_disjoint_and_char_aligned(
            text in "[a-zA-Z_ /:.=|<>{}$%@#`'\"«»&;\\[\\]\\-\u{a0}é\u{fffc}]{0,60}",
            other in "[a-zA-Z_ =\"«»]{0,20}",
        ) {
            let (spans, _) = pair_code_spans(&text, &other);
            let mut end = 0;
            for span in &spans {
                proptest::prop_assert!(span.start >= end && span.start < span.end);
                proptest::prop_assert!(text.is_char_boundary(span.start));
                proptest::prop_assert!(text.is_char_boundary(span.end));
                end = span.end;
            }
        }
    }
}
