//! CLDR cardinal plural categories, for the languages gloss knows.
//!
//! A small table written for gloss from the CLDR 46 plural rules (not the
//! whole of CLDR): the categories a select expression on a number may use in
//! each language. Languages not listed are not checked.

/// Every CLDR plural category name.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `(primary language subtag, categories)`, CLDR 46 cardinals.
const TABLE: &[(&str, &[&str])] = &[
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("ca", &["one", "many", "other"]),
    ("cs", &["one", "few", "many", "other"]),
    ("cy", &["zero", "one", "two", "few", "many", "other"]),
    ("da", &["one", "other"]),
    ("de", &["one", "other"]),
    ("el", &["one", "other"]),
    ("en", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("fi", &["one", "other"]),
    ("fr", &["one", "many", "other"]),
    ("he", &["one", "two", "other"]),
    ("hu", &["one", "other"]),
    ("it", &["one", "many", "other"]),
    ("ja", &["other"]),
    ("ko", &["other"]),
    ("lt", &["one", "few", "many", "other"]),
    ("lv", &["zero", "one", "other"]),
    ("nb", &["one", "other"]),
    ("nl", &["one", "other"]),
    ("pl", &["one", "few", "many", "other"]),
    ("pt", &["one", "many", "other"]),
    ("ro", &["one", "few", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("sk", &["one", "few", "many", "other"]),
    ("sv", &["one", "other"]),
    ("tr", &["one", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("zh", &["other"]),
];

/// The plural categories of a language tag (`fr`, `fr-CA`, `pt_BR`), when
/// the table has its language.
pub fn categories(tag: &str) -> Option<&'static [&'static str]> {
    let language = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    TABLE
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, categories)| *categories)
}

/// True for a CLDR category name.
pub fn is_category(name: &str) -> bool {
    CATEGORIES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_has_many_and_english_does_not() {
        assert_eq!(categories("fr"), Some(&["one", "many", "other"][..]));
        assert_eq!(categories("fr-CA"), categories("fr"));
        assert_eq!(categories("en_US"), Some(&["one", "other"][..]));
        assert_eq!(categories("xx"), None);
    }

    #[test]
    fn the_table_is_sorted_and_uses_category_names() {
        assert!(TABLE.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for (_, categories) in TABLE {
            assert!(categories.iter().all(|c| is_category(c)));
            assert_eq!(categories.last(), Some(&"other"));
        }
    }
}
