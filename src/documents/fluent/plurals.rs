//! CLDR cardinal plural categories, for the languages gloss knows.
//!
//! A small table written for gloss from the CLDR 46 plural rules (not the
//! whole of CLDR): the categories a select expression on a number may use in
//! each language. Languages not listed are not checked.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

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

/// The integers tried to learn which numbers a category holds: every number
/// up to 1000, and a few millions (CLDR gives `many` to some of them).
fn sample() -> impl Iterator<Item = u64> {
    (0..=1000).chain([1_000_000, 2_000_000, 1_000_000_000])
}

/// Which numbers each plural category of a language holds, by the CLDR rules
/// (through `intl_pluralrules`): enough to tell that French `one` holds 0 as
/// well as 1, so that `[one] 1 file` is wrong for zero.
pub struct Members {
    rules: PluralRules,
}

impl std::fmt::Debug for Members {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Members")
            .field("locale", self.rules.get_locale())
            .finish()
    }
}

impl Members {
    /// The cardinal rules of a language tag (`fr`, `fr-CA`, `pt_BR`), when
    /// CLDR has them; a tag with a region CLDR does not list falls back to
    /// its language.
    pub fn new(tag: &str) -> Option<Self> {
        let tag = tag.replace('_', "-");
        let language = tag.split('-').next().unwrap_or_default().to_owned();
        [tag, language].iter().find_map(|candidate| {
            let id: LanguageIdentifier = candidate.parse().ok()?;
            let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
            Some(Members { rules })
        })
    }

    /// The category of the integer `n`.
    pub fn category(&self, n: u64) -> &'static str {
        match self.rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            Ok(PluralCategory::OTHER) | Err(_) => "other",
        }
    }

    /// The first few integers (at most `limit`) that `category` holds and
    /// that are not in `exact` (the numbers with a variant of their own, like
    /// `[0]`), and whether there are more.
    pub fn holds(&self, category: &str, exact: &[u64], limit: usize) -> (Vec<u64>, bool) {
        let mut found = sample()
            .filter(|n| !exact.contains(n) && self.category(*n) == category)
            .take(limit + 1)
            .collect::<Vec<_>>();
        let more = found.len() > limit;
        found.truncate(limit);
        (found, more)
    }
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
    fn french_one_holds_zero_and_english_one_does_not() {
        let french = Members::new("fr_FR").unwrap();
        assert_eq!(french.holds("one", &[], 3), (vec![0, 1], false));
        assert_eq!(french.holds("one", &[0], 3), (vec![1], false));
        assert_eq!(french.holds("other", &[], 2), (vec![2, 3], true));
        let english = Members::new("en-US").unwrap();
        assert_eq!(english.holds("one", &[], 3), (vec![1], false));
        assert_eq!(english.category(0), "other");
        assert!(Members::new("!!").is_none());
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
