//! Matching many token sequences at once: every form becomes a path of
//! symbols (interned inflection keys) in a trie, and a text is matched by
//! walking the trie from each token. Cost per token is one key computation
//! and a hash lookup or two, whatever the number of terms. A word with two
//! keys (see [`InflectionKeys`](crate::text::InflectionKeys)) is a fork in
//! the trie when it is in a form, and follows either edge when it is in a
//! text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::text::{
    FRENCH_IMPERATIVE_REFLEXIVES, FRENCH_REFLEXIVES, Language, Token, TokenKind, conjugations,
    continues_compound, elided_key, fold_case, inflection_key, inflection_keys, is_bound_prefix,
    tokenize,
};

/// An interned key; [`NONE`] for tokens no form contains.
pub type Symbol = u32;

/// The symbol of a token that no form uses.
pub const NONE: Symbol = u32::MAX;

/// What a matched form stands for, as given when it was added.
pub type Payload = u32;

/// The symbols of a text token: its key folded to lowercase, the key of the
/// other base form it may inflect, and its key with letter case kept (for
/// case-sensitive forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    folded: Symbol,
    alternate: Symbol,
    exact: Symbol,
    /// The token is hyphened to a bound prefix (*non-serious*): it is part of
    /// a derived word, and a match that starts there is marked
    /// [`Match::derived`].
    derived: bool,
}

impl Symbols {
    const NONE: Symbols = Symbols {
        folded: NONE,
        alternate: NONE,
        exact: NONE,
        derived: false,
    };

    fn any(&self) -> bool {
        self.folded != NONE || self.alternate != NONE || self.exact != NONE
    }
}

/// One occurrence of a form in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The payload of the form.
    pub payload: Payload,
    /// The matched tokens.
    pub tokens: Range<usize>,
    /// Byte range in the text.
    pub span: Range<usize>,
    /// The match starts after a bound prefix (*serious* in *non-serious*,
    /// *clef* in *sous-clef*): not a use of the form, but a forbidden form
    /// there is still written.
    pub derived: bool,
}

/// A trie of forms over inflection keys, for one language.
#[derive(Debug)]
pub struct Matcher {
    language: Language,
    folded: FastMap<Box<str>, Symbol>,
    exact: FastMap<Box<str>, Symbol>,
    next_symbol: Symbol,
    edges: FastMap<(u32, Symbol), u32>,
    outputs: Vec<Vec<Payload>>,
}

impl Matcher {
    /// An empty matcher for texts in `language`.
    pub fn new(language: Language) -> Self {
        Matcher {
            language,
            folded: FastMap::default(),
            exact: FastMap::default(),
            next_symbol: 0,
            edges: FastMap::default(),
            outputs: vec![Vec::new()],
        }
    }

    /// The language of the texts and forms.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Adds a form; returns false when it has no word to match.
    pub fn add(&mut self, form: &str, case_sensitive: bool, payload: Payload) -> bool {
        let tokens = tokenize(form, self.language);
        if !matchable(&tokens) {
            return false;
        }
        let path = self.form_path(form, &tokens, case_sensitive);
        self.add_path(&path, payload);
        true
    }

    /// Adds a verb: its first word (after a French reflexive pronoun) matches
    /// every conjugated form of it (*mettre à jour* → *mettez à jour*, *mis à
    /// jour*), the reflexive pronoun any person (*se connecter* → *nous nous
    /// connectons*, *s'affiche*, *s'est connecté*) or, after the imperative,
    /// a hyphened pronoun (*connectez-vous*). Returns false when the form has no word to match.
    pub fn add_verb(&mut self, form: &str, case_sensitive: bool, payload: Payload) -> bool {
        let language = self.language;
        let tokens = tokenize(form, language);
        if !matchable(&tokens) {
            return false;
        }
        let mut path = self.form_path(form, &tokens, case_sensitive);
        let is_reflexive = |token: &Token| {
            language == Language::French
                && matches!(token.kind, TokenKind::Word | TokenKind::Elided)
                && FRENCH_REFLEXIVES.contains(&&*fold_case(&token.normalized(form)))
        };
        let pronominal = tokens.len() > 1 && is_reflexive(&tokens[0]);
        let verb_at = usize::from(pronominal);
        if tokens[verb_at].kind != TokenKind::Word {
            self.add_path(&path, payload);
            return true;
        }
        let verb = fold_case(&tokens[verb_at].normalized(form)).into_owned();
        path[verb_at] = conjugations(&verb, language)
            .iter()
            .map(|conjugated| self.word_symbol(conjugated, case_sensitive))
            .collect::<Vec<_>>();
        path[verb_at].sort_unstable();
        path[verb_at].dedup();
        if pronominal {
            path[0] = FRENCH_REFLEXIVES
                .iter()
                .map(|pronoun| self.pronoun_symbol(pronoun))
                .collect();
            let mut imperative = vec![path[1].clone(), vec![self.intern("-", false)]];
            imperative.push(
                FRENCH_IMPERATIVE_REFLEXIVES
                    .iter()
                    .map(|pronoun| self.pronoun_symbol(pronoun))
                    .collect(),
            );
            imperative.extend(path[2..].iter().cloned());
            self.add_path(&imperative, payload);
            // Compound tenses take être: il s'est connecté.
            let auxiliary = conjugations("être", language)
                .iter()
                .map(|form| self.word_symbol(form, false))
                .collect();
            let mut compound = path.clone();
            compound.insert(1, auxiliary);
            self.add_path(&compound, payload);
        }
        self.add_path(&path, payload);
        true
    }

    /// The symbols each token of a form may match by.
    fn form_path(
        &mut self,
        form: &str,
        tokens: &[Token],
        case_sensitive: bool,
    ) -> Vec<Vec<Symbol>> {
        let language = self.language;
        tokens
            .iter()
            .map(|token| {
                let normalized = token.normalized(form);
                match token.kind {
                    TokenKind::Word if case_sensitive => {
                        vec![self.word_symbol(&normalized, true)]
                    }
                    TokenKind::Word => {
                        let keys = inflection_keys(&normalized, language, false);
                        let mut symbols = vec![self.intern(&keys.primary, false)];
                        symbols.extend(keys.alternate.map(|key| self.intern(&key, false)));
                        symbols
                    }
                    TokenKind::Elided => {
                        vec![self.intern(elided_key(&fold_case(&normalized)), false)]
                    }
                    _ => vec![self.intern(&fold_case(&normalized), false)],
                }
            })
            .collect()
    }

    /// The symbol of a word by its primary inflection key.
    fn word_symbol(&mut self, word: &str, case_sensitive: bool) -> Symbol {
        let key = inflection_key(word, self.language, case_sensitive);
        self.intern(&key, case_sensitive)
    }

    /// The symbol of a pronoun, elided (`s'`) or not, as a text token has it.
    fn pronoun_symbol(&mut self, pronoun: &str) -> Symbol {
        match pronoun.strip_suffix('\'') {
            Some(_) => self.intern(elided_key(pronoun), false),
            None => self.word_symbol(pronoun, false),
        }
    }

    /// Adds a sequence of token alternatives ending at `payload`.
    fn add_path(&mut self, path: &[Vec<Symbol>], payload: Payload) {
        let mut nodes = vec![0u32];
        for symbols in path {
            let mut next_nodes = Vec::with_capacity(nodes.len() * symbols.len());
            for &node in &nodes {
                for &symbol in symbols {
                    let next = self.outputs.len() as u32;
                    let child = *self.edges.entry((node, symbol)).or_insert(next);
                    if child == next {
                        self.outputs.push(Vec::new());
                    }
                    if !next_nodes.contains(&child) {
                        next_nodes.push(child);
                    }
                }
            }
            nodes = next_nodes;
        }
        for node in nodes {
            let outputs = &mut self.outputs[node as usize];
            if !outputs.contains(&payload) {
                outputs.push(payload);
            }
        }
    }

    fn intern(&mut self, key: &str, exact: bool) -> Symbol {
        let map = if exact {
            &mut self.exact
        } else {
            &mut self.folded
        };
        if let Some(&symbol) = map.get(key) {
            return symbol;
        }
        let symbol = self.next_symbol;
        self.next_symbol += 1;
        map.insert(key.into(), symbol);
        symbol
    }

    /// The symbols of each token of `text`.
    pub fn symbols(&self, text: &str, tokens: &[Token]) -> Vec<Symbols> {
        let language = self.language();
        tokens
            .iter()
            .enumerate()
            .map(|(i, token)| match token.kind {
                TokenKind::Placeholder | TokenKind::Code => Symbols::NONE,
                TokenKind::Symbol | TokenKind::Hyphen => Symbols {
                    folded: self.lookup_folded(&fold_case(&token.normalized(text))),
                    ..Symbols::NONE
                },
                TokenKind::Elided => Symbols {
                    folded: self.lookup_folded(elided_key(&fold_case(&token.normalized(text)))),
                    ..Symbols::NONE
                },
                TokenKind::Word => {
                    let normalized = token.normalized(text);
                    let keys = inflection_keys(&normalized, language, false);
                    let exact = if self.exact.is_empty() {
                        NONE
                    } else if normalized.chars().any(char::is_uppercase) {
                        lookup(&self.exact, &inflection_key(&normalized, language, true))
                    } else {
                        lookup(&self.exact, &keys.primary)
                    };
                    let derived = continues_compound(tokens, i)
                        && is_bound_prefix(&text[tokens[i - 2].range.clone()]);
                    Symbols {
                        folded: self.lookup_folded(&keys.primary),
                        alternate: keys
                            .alternate
                            .as_deref()
                            .map_or(NONE, |key| self.lookup_folded(key)),
                        exact,
                        derived,
                    }
                }
            })
            .collect()
    }

    fn lookup_folded(&self, key: &str) -> Symbol {
        lookup(&self.folded, key)
    }

    /// Every occurrence of every form in the tokens, overlapping and nested
    /// ones included, in order of start then length. A hyphen is a word
    /// boundary (*MSC-derived* holds *MSC*); after a bound prefix the match
    /// is marked [`Match::derived`] (*non-serious* does not use *serious*).
    pub fn find(&self, tokens: &[Token], symbols: &[Symbols]) -> Vec<Match> {
        let mut matches = Vec::new();
        let mut found = Vec::new();
        for start in 0..tokens.len() {
            if !symbols[start].any() {
                continue;
            }
            self.walk(0, start, start, tokens, symbols, &mut found);
            // A text word with two keys may reach a form by both of its forks.
            if found.len() > 1 {
                found.sort_by_key(|m| (m.tokens.end, m.payload));
                found.dedup_by_key(|m| (m.tokens.end, m.payload));
            }
            matches.append(&mut found);
        }
        matches
    }

    fn walk(
        &self,
        node: u32,
        start: usize,
        at: usize,
        tokens: &[Token],
        symbols: &[Symbols],
        matches: &mut Vec<Match>,
    ) {
        if at > start {
            for &payload in &self.outputs[node as usize] {
                matches.push(Match {
                    payload,
                    tokens: start..at,
                    span: tokens[start].range.start..tokens[at - 1].range.end,
                    derived: symbols[start].derived,
                });
            }
        }
        let Some(token_symbols) = symbols.get(at) else {
            return;
        };
        for symbol in [
            token_symbols.folded,
            token_symbols.alternate,
            token_symbols.exact,
        ] {
            if symbol == NONE {
                continue;
            }
            if let Some(&next) = self.edges.get(&(node, symbol)) {
                self.walk(next, start, at + 1, tokens, symbols, matches);
            }
        }
    }
}

/// A form can be matched when it has a word and no placeholder.
fn matchable(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.kind == TokenKind::Word)
        && !tokens.iter().any(|t| t.kind == TokenKind::Placeholder)
}

fn lookup(map: &FastMap<Box<str>, Symbol>, key: &str) -> Symbol {
    map.get(key).copied().unwrap_or(NONE)
}

/// FxHash: the keys are short strings and small integers, hashed billions of
/// times on large corpora, and need no protection against collisions.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.add(word);
        }
        for &byte in chunks.remainder() {
            self.add(u64::from(byte));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// A hash map with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
