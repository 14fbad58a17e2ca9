//! The diff for people: one block per concept, one line per change, in the
//! user's language, with a word-level diff of definitions
//! (`[-removed-]{+added+}`, coloured on a terminal).

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use super::{Change, GlossaryDiff};
use crate::glossary::{Concept, LangEntry};
use crate::i18n::{Arg, Localizer};

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default();
const RENAMED: Style = AnsiColor::Cyan.on_default();
const HEADING: Style = Style::new().bold();

/// Renders the diff, ending with a summary line.
pub fn render(diff: &GlossaryDiff, localizer: &Localizer) -> String {
    let renderer = Renderer { localizer };
    let mut out = String::new();
    for renamed in &diff.renamed {
        let line = localizer.text(
            "diff-renamed",
            &[
                ("from", renamed.from.as_str().into()),
                ("to", renamed.to.as_str().into()),
            ],
        );
        out += &format!(
            "{}{line}{}\n",
            RENAMED.bold(),
            RENAMED.bold().render_reset()
        );
        renderer.changes(&renamed.changes, &mut out);
    }
    for concept in &diff.added {
        renderer.concept("diff-added", ADDED, concept, &mut out);
    }
    for concept in &diff.removed {
        renderer.concept("diff-removed", REMOVED, concept, &mut out);
    }
    for changed in &diff.changed {
        let line = localizer.text("diff-changed", &[("id", changed.id.as_str().into())]);
        out += &format!("{HEADING}{line}{HEADING:#}\n");
        renderer.changes(&changed.changes, &mut out);
    }
    if diff.is_empty() {
        out += &localizer.plain("diff-no-changes");
        out.push('\n');
        return out;
    }
    out += &localizer.text(
        "diff-summary",
        &[
            ("added", diff.added.len().into()),
            ("removed", diff.removed.len().into()),
            ("renamed", diff.renamed.len().into()),
            ("changed", diff.changed.len().into()),
        ],
    );
    out.push('\n');
    out
}

/// One line per change (as in a diff's block of a changed concept, without
/// colours or indentation), for messages that say how a concept differs,
/// such as import conflicts.
pub fn render_changes(changes: &[Change], localizer: &Localizer) -> String {
    let mut out = String::new();
    Renderer { localizer }.changes(changes, &mut out);
    let plain = anstream::adapter::strip_str(&out).to_string();
    plain
        .lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n")
}

struct Renderer<'a> {
    localizer: &'a Localizer,
}

impl Renderer<'_> {
    fn form(&self, form: &str) -> String {
        self.localizer.text("diff-form", &[("form", form.into())])
    }

    fn forms(&self, forms: &[String]) -> String {
        forms
            .iter()
            .map(|f| self.form(f))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn optional(&self, value: Option<&str>) -> String {
        match value {
            Some(value) => self.form(value),
            None => self.localizer.plain("diff-none"),
        }
    }

    fn flag(&self, value: bool) -> String {
        self.localizer
            .plain(if value { "diff-yes" } else { "diff-no" })
    }

    fn entry(&self, lang: &str, entry: &LangEntry) -> String {
        let mut line = self.localizer.text(
            "diff-entry",
            &[
                ("lang", lang.into()),
                ("term", self.form(&entry.term).into()),
            ],
        );
        if !entry.variants.is_empty() {
            line += &self.localizer.text(
                "diff-entry-variants",
                &[("forms", self.forms(&entry.variants).into())],
            );
        }
        if !entry.forbidden.is_empty() {
            line += &self.localizer.text(
                "diff-entry-forbidden",
                &[("forms", self.forms(&entry.forbidden).into())],
            );
        }
        line
    }

    fn concept(&self, id: &str, style: Style, concept: &Concept, out: &mut String) {
        let line = self
            .localizer
            .text(id, &[("id", concept.id.as_str().into())]);
        *out += &format!("{}{line}{}\n", style.bold(), style.bold().render_reset());
        if let Some(domain) = &concept.domain {
            let line = self
                .localizer
                .text("diff-entry-domain", &[("domain", self.form(domain).into())]);
            *out += &format!("    {style}{line}{style:#}\n");
        }
        for (lang, entry) in &concept.languages {
            *out += &format!("    {style}{}{style:#}\n", self.entry(lang, entry));
        }
    }

    fn changes(&self, changes: &[Change], out: &mut String) {
        for change in changes {
            let (id, args): (&str, Vec<(&str, Arg)>) = match change {
                Change::Domain { old, new } => (
                    "diff-change-domain",
                    vec![
                        ("old", self.optional(old.as_deref()).into()),
                        ("new", self.optional(new.as_deref()).into()),
                    ],
                ),
                Change::Note { old, new } => (
                    "diff-change-note",
                    vec![
                        ("old", self.optional(old.as_deref()).into()),
                        ("new", self.optional(new.as_deref()).into()),
                    ],
                ),
                Change::Dnt { old, new } => (
                    "diff-change-dnt",
                    vec![
                        ("old", self.flag(*old).into()),
                        ("new", self.flag(*new).into()),
                    ],
                ),
                Change::LanguageAdded { lang, entry } => (
                    "diff-change-language-added",
                    vec![("entry", colored(ADDED, &self.entry(lang, entry)).into())],
                ),
                Change::LanguageRemoved { lang, entry } => (
                    "diff-change-language-removed",
                    vec![("entry", colored(REMOVED, &self.entry(lang, entry)).into())],
                ),
                Change::Term { lang, old, new } => (
                    "diff-change-term",
                    vec![
                        ("lang", lang.into()),
                        ("old", colored(REMOVED, &self.form(old)).into()),
                        ("new", colored(ADDED, &self.form(new)).into()),
                    ],
                ),
                Change::Variants {
                    lang,
                    added,
                    removed,
                } => (
                    "diff-change-variants",
                    vec![
                        ("lang", lang.into()),
                        ("changes", self.list_changes(added, removed).into()),
                    ],
                ),
                Change::Forbidden {
                    lang,
                    added,
                    removed,
                } => (
                    "diff-change-forbidden",
                    vec![
                        ("lang", lang.into()),
                        ("changes", self.list_changes(added, removed).into()),
                    ],
                ),
                Change::Definition { lang, old, new } => (
                    "diff-change-definition",
                    vec![
                        ("lang", lang.into()),
                        (
                            "diff",
                            self.text_change(old.as_deref(), new.as_deref()).into(),
                        ),
                    ],
                ),
                Change::Gender { lang, old, new } => (
                    "diff-change-gender",
                    vec![
                        ("lang", lang.into()),
                        ("old", self.optional(old.map(|g| g.as_str())).into()),
                        ("new", self.optional(new.map(|g| g.as_str())).into()),
                    ],
                ),
                Change::Pos { lang, old, new } => (
                    "diff-change-pos",
                    vec![
                        ("lang", lang.into()),
                        ("old", self.optional(old.map(|p| p.as_str())).into()),
                        ("new", self.optional(new.map(|p| p.as_str())).into()),
                    ],
                ),
                Change::CaseSensitive { lang, old, new } => (
                    "diff-change-case-sensitive",
                    vec![
                        ("lang", lang.into()),
                        ("old", self.flag(*old).into()),
                        ("new", self.flag(*new).into()),
                    ],
                ),
            };
            *out += &format!("    {}\n", self.localizer.text(id, &args));
        }
    }

    fn list_changes(&self, added: &[String], removed: &[String]) -> String {
        let added = added
            .iter()
            .map(|f| colored(ADDED, &format!("+{}", self.form(f))));
        let removed = removed
            .iter()
            .map(|f| colored(REMOVED, &format!("-{}", self.form(f))));
        added.chain(removed).collect::<Vec<_>>().join(" ")
    }

    fn text_change(&self, old: Option<&str>, new: Option<&str>) -> String {
        match (old, new) {
            (Some(old), Some(new)) => word_diff(old, new),
            (None, Some(new)) => colored(ADDED, &format!("{{+{new}+}}")),
            (Some(old), None) => colored(REMOVED, &format!("[-{old}-]")),
            (None, None) => String::new(),
        }
    }
}

fn colored(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// A word-level diff: unchanged words as they are, removed ones in
/// `[-…-]`, added ones in `{+…+}`.
pub fn word_diff(old: &str, new: &str) -> String {
    let diff = TextDiff::from_unicode_words(old, new);
    let mut out = String::new();
    let mut run: Option<(ChangeTag, String)> = None;
    let flush = |run: &mut Option<(ChangeTag, String)>, out: &mut String| {
        if let Some((tag, text)) = run.take() {
            match tag {
                ChangeTag::Equal => out.push_str(&text),
                ChangeTag::Delete => out.push_str(&colored(REMOVED, &format!("[-{text}-]"))),
                ChangeTag::Insert => out.push_str(&colored(ADDED, &format!("{{+{text}+}}"))),
            }
        }
    };
    for change in diff.iter_all_changes() {
        let tag = change.tag();
        match &mut run {
            Some((current, text)) if *current == tag => text.push_str(change.value()),
            _ => {
                flush(&mut run, &mut out);
                run = Some((tag, change.value().to_owned()));
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let mut out = Vec::new();
        let mut stream = anstream::StripStream::new(&mut out);
        std::io::Write::write_all(&mut stream, text.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn definitions_are_diffed_by_words() {
        assert_eq!(
            plain(&word_diff(
                "A cell that can become specialised cells.",
                "A cell that can turn into specialised cells."
            )),
            "A cell that can [-become-]{+turn into+} specialised cells."
        );
    }
}
