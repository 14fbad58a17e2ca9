//! The two UI locales must stay in step: same message ids, same placeables,
//! every id the code uses present, every command and argument documented.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use clap::CommandFactory;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use gloss::i18n::RESOURCES;

type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn catalogue(source: &str) -> Catalogue {
    let resource = fluent_syntax::parser::parse(source).expect("locale files parse without junk");
    let mut messages = Catalogue::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in_pattern(value, &mut variables);
            }
            let previous = messages.insert(message.id.name.to_owned(), variables);
            assert!(
                previous.is_none(),
                "duplicate message id {}",
                message.id.name
            );
        }
    }
    messages
}

fn catalogues() -> Vec<(&'static str, Catalogue)> {
    RESOURCES
        .iter()
        .map(|(locale, source)| (*locale, catalogue(source)))
        .collect()
}

#[test]
fn locales_have_the_same_ids_and_placeables() {
    let all = catalogues();
    let (reference_locale, reference) = &all[0];
    for (locale, messages) in &all[1..] {
        let ids: BTreeSet<_> = messages.keys().collect();
        let reference_ids: BTreeSet<_> = reference.keys().collect();
        let only_here: Vec<_> = ids.difference(&reference_ids).collect();
        let only_there: Vec<_> = reference_ids.difference(&ids).collect();
        assert!(only_here.is_empty(), "only in {locale}: {only_here:?}");
        assert!(
            only_there.is_empty(),
            "missing in {locale} (present in {reference_locale}): {only_there:?}"
        );
        for (id, variables) in messages {
            assert_eq!(
                variables, &reference[id],
                "placeables of {id} differ between {locale} and {reference_locale}"
            );
        }
    }
}

/// Message ids written literally in the code: `msg!("id"`, `Message::new("id"`,
/// `.plain("id"` and `.text("id"`, outside comments.
fn ids_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used_in(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let code: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for opener in ["msg!(\"", "Message::new(\"", ".plain(\"", ".text(\""] {
            for (start, _) in code.match_indices(opener) {
                let rest = &code[start + opener.len()..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if rest[id.len()..].starts_with('"') && !id.is_empty() {
                    out.insert(id);
                }
            }
        }
    }
}

#[test]
fn every_id_used_in_the_code_exists_in_every_locale() {
    let mut used = BTreeSet::new();
    ids_used_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(
        used.len() > 20,
        "the scan finds the ids ({} found)",
        used.len()
    );
    for (locale, messages) in catalogues() {
        let missing: Vec<_> = used
            .iter()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "ids used in the code but missing in {locale}: {missing:?}"
        );
    }
}

fn check_command(command: &clap::Command, path: &str, catalogue: &Catalogue, locale: &str) {
    assert!(
        catalogue.contains_key(&format!("cmd-{path}")),
        "{locale}: no help for command {path}"
    );
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        let documented = catalogue.contains_key(&format!("arg-{path}-{id}"))
            || catalogue.contains_key(&format!("arg-{id}"));
        assert!(documented, "{locale}: no help for argument {id} of {path}");
    }
    for sub in command.get_subcommands() {
        check_command(sub, sub.get_name(), catalogue, locale);
    }
}

#[test]
fn every_command_and_argument_has_localised_help() {
    let command = gloss::cli::Cli::command();
    for (locale, catalogue) in catalogues() {
        check_command(&command, "gloss", &catalogue, locale);
    }
}

/// French typography in every French message: a no-break space (U+00A0 or
/// the narrow U+202F) before `:` `;` `!` `?` and inside « », never an
/// ordinary space that a line could break at.
#[test]
fn french_messages_use_no_break_spaces() {
    let (_, source) = RESOURCES
        .iter()
        .find(|(locale, _)| *locale == "fr")
        .expect("a French locale");
    let mut wrong = Vec::new();
    for (number, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, pair) in chars.windows(2).enumerate() {
            let space_before_sign = pair[0] == ' '
                && matches!(pair[1], ':' | ';' | '!' | '?')
                && i > 0
                && !chars[i - 1].is_whitespace();
            let space_in_quotes = (pair[0] == '«' && pair[1] == ' ') || pair == [' ', '»'];
            if space_before_sign || space_in_quotes {
                wrong.push(format!("line {}: {line}", number + 1));
                break;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "ordinary spaces where French needs no-break ones:\n{}",
        wrong.join("\n")
    );
}

/// Labels the program puts together follow French typography too:
/// `erreur :`, `aide :` and the headings of `--help`.
#[test]
fn french_labels_take_a_no_break_space_before_the_colon() {
    let french = gloss::i18n::Localizer::for_locale("fr");
    assert_eq!(french.label("level-error"), "erreur\u{a0}");
    let english = gloss::i18n::Localizer::for_locale("en-US");
    assert_eq!(english.label("level-error"), "error");
}
