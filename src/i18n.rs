//! Localisation of every user-facing text through Fluent.
//!
//! The resources of `locales/en-US` and `locales/fr` are compiled into the
//! binary, so gloss speaks French without any runtime file. The library never
//! formats text for people: it hands out [`Message`]s (an id and arguments) and
//! the edge of the program turns them into words with a [`Localizer`].

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// The Fluent files of one UI locale, concatenated in this order. Each area of
/// the program keeps its messages in a file of its own.
macro_rules! locale_files {
    ($dir:literal) => {
        concat!(
            include_str!(concat!("../locales/", $dir, "/gloss.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/precision.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/senses.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/edit.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/pipeline.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/documents.ftl")),
            "\n",
            include_str!(concat!("../locales/", $dir, "/ci.ftl")),
        )
    };
}

/// The UI resources compiled into the binary, by locale.
pub const RESOURCES: &[(&str, &str)] = &[
    ("en-US", locale_files!("en-US")),
    ("fr", locale_files!("fr")),
];

/// The locale used when nothing else matches.
pub const DEFAULT_LOCALE: &str = "en-US";

/// One argument of a [`Message`]: text or a number (numbers drive plurals).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text, inserted as is.
    Text(String),
    /// A number, so that Fluent can pick a plural variant.
    Number(f64),
    /// Another message, put into words in the same language first (the
    /// reason of an error, say).
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Arg::Message(Box::new(value))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}
impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as f64)
    }
}

/// A message for people, not yet put into words: a Fluent id and its arguments.
///
/// Library code builds these; printers localise them with a [`Localizer`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// The Fluent message id in `locales/*/gloss.ftl`.
    pub id: &'static str,
    /// Named arguments, in the order they were given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds one named argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Builds a [`Message`]: `msg!("id")` or `msg!("id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Turns message ids into text in one negotiated language, falling back to
/// en-US for any id the chosen locale lacks. Shared by the threads that
/// format output in parallel (its bundles are the thread-safe kind).
pub struct Localizer {
    locale: LanguageIdentifier,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Localizer {
    /// Picks the locale from an explicit request (`--lang`), then `LC_ALL`,
    /// `LC_MESSAGES` and `LANG`, as POSIX orders them; en-US otherwise.
    pub fn from_environment(requested: Option<&str>) -> Self {
        let env_locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        let wanted = requested.map(str::to_owned).or(env_locale);
        Self::for_locale(wanted.as_deref().unwrap_or(DEFAULT_LOCALE))
    }

    /// A localizer for the best available match of `tag` (a BCP 47 tag or a
    /// POSIX locale such as `fr_FR.UTF-8`).
    pub fn for_locale(tag: &str) -> Self {
        let requested: Vec<LanguageIdentifier> =
            posix_to_bcp47(tag).parse().ok().into_iter().collect();
        let available: Vec<LanguageIdentifier> = RESOURCES
            .iter()
            .map(|(tag, _)| tag.parse().expect("built-in locale tags are valid"))
            .collect();
        let default: LanguageIdentifier = DEFAULT_LOCALE.parse().expect("valid default");
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let locale = chosen
            .first()
            .map(|l| (*l).clone())
            .unwrap_or(default.clone());
        let mut order = vec![locale.clone()];
        if locale != default {
            order.push(default);
        }
        let bundles = order.iter().map(bundle_for).collect();
        Localizer { locale, bundles }
    }

    /// The negotiated locale.
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    /// True when the negotiated locale is French (used to pick the French
    /// side of bilingual output such as page chrome).
    pub fn language(&self) -> &str {
        self.locale.language.as_str()
    }

    /// Whether any bundle knows `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Formats a message id with arguments.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(message) => FluentValue::String(Cow::Owned(self.message(message))),
            };
            fluent_args.set(*name, value);
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    /// Formats a [`Message`].
    pub fn message(&self, message: &Message) -> String {
        self.text(message.id, &message.args)
    }

    /// Formats a message id without arguments.
    pub fn plain(&self, id: &str) -> String {
        self.text(id, &[])
    }

    /// What goes between a word and the colon after it: nothing in English,
    /// a no-break space in French (`erreur :`), so that labels the program
    /// puts together (`error:`, `help:`, `Options:`) follow the language's
    /// typography like the messages do.
    pub fn before_colon(&self) -> String {
        self.plain("typography-before-colon")
    }

    /// A message id's text as a label that a colon follows: `aide` + no-break space in French.
    pub fn label(&self, id: &str) -> String {
        self.plain(id) + &self.before_colon()
    }
}

/// `fr_FR.UTF-8@euro` → `fr-FR`; `C` and `POSIX` mean no preference.
fn posix_to_bcp47(tag: &str) -> String {
    let base = tag.split(['.', '@']).next().unwrap_or("");
    if base == "C" || base == "POSIX" {
        return DEFAULT_LOCALE.to_owned();
    }
    base.replace('_', "-")
}

fn bundle_for(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let source = RESOURCES
        .iter()
        .find(|(tag, _)| tag.parse::<LanguageIdentifier>().ok().as_ref() == Some(locale))
        .map(|(_, source)| *source)
        .unwrap_or(RESOURCES[0].1);
    let resource = FluentResource::try_new(source.to_owned()).expect("built-in resources parse");
    let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("built-in resources have unique ids");
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_map_to_french() {
        assert_eq!(Localizer::for_locale("fr_FR.UTF-8").language(), "fr");
        assert_eq!(Localizer::for_locale("fr_CA").language(), "fr");
        assert_eq!(Localizer::for_locale("C").locale().to_string(), "en-US");
        assert_eq!(
            Localizer::for_locale("de_DE.UTF-8").locale().to_string(),
            "en-US"
        );
        assert_eq!(
            Localizer::for_locale("garbage!!").locale().to_string(),
            "en-US"
        );
    }

    #[test]
    fn french_text_has_no_isolation_marks() {
        let fr = Localizer::for_locale("fr");
        let text = fr.message(&msg!("error-read-file", path = "a.toml", reason = "x"));
        assert!(!text.contains('\u{2068}'), "{text}");
        assert!(text.contains("a.toml"));
    }
}
