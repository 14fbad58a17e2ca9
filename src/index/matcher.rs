//! Matching many token sequences at once: every form becomes a path of
//! symbols (interned inflection keys) in a trie, and a text is matched by
//! walking the trie from each token. Cost per token is one key computation
//! and a hash lookup, whatever the number of terms.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::text::{Language, Token, TokenKind, fold_case, inflection_key, tokenize};

/// An interned key; [`NONE`] for tokens no form contains.
pub type Symbol = u32;

/// The symbol of a token that no form uses.
pub const NONE: Symbol = u32::MAX;

/// What a matched form stands for, as given when it was added.
pub type Payload = u32;

/// The two symbols of a text token: its key folded to lowercase, and its key
/// with letter case kept (for case-sensitive forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    folded: Symbol,
    exact: Symbol,
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
        let language = self.language();
        let tokens = tokenize(form, language);
        if !tokens.iter().any(|t| t.kind == TokenKind::Word) {
            return false;
        }
        let mut node = 0u32;
        for token in &tokens {
            if token.kind == TokenKind::Placeholder {
                return false;
            }
            let normalized = token.normalized(form);
            let exact = case_sensitive && token.kind == TokenKind::Word;
            let key = match token.kind {
                TokenKind::Word => inflection_key(&normalized, language, case_sensitive),
                _ => fold_case(&normalized),
            };
            let symbol = self.intern(&key, exact);
            let next = self.outputs.len() as u32;
            node = *self.edges.entry((node, symbol)).or_insert(next);
            if node == next {
                self.outputs.push(Vec::new());
            }
        }
        let outputs = &mut self.outputs[node as usize];
        if !outputs.contains(&payload) {
            outputs.push(payload);
        }
        true
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
            .map(|token| {
                let none = Symbols {
                    folded: NONE,
                    exact: NONE,
                };
                match token.kind {
                    TokenKind::Placeholder => none,
                    TokenKind::Symbol | TokenKind::Hyphen | TokenKind::Elided => Symbols {
                        folded: self.lookup_folded(&fold_case(&token.normalized(text))),
                        ..none
                    },
                    TokenKind::Word => {
                        let normalized = token.normalized(text);
                        let folded = inflection_key(&normalized, language, false);
                        let exact = if self.exact.is_empty() {
                            NONE
                        } else if normalized.chars().any(char::is_uppercase) {
                            lookup(&self.exact, &inflection_key(&normalized, language, true))
                        } else {
                            lookup(&self.exact, &folded)
                        };
                        Symbols {
                            folded: self.lookup_folded(&folded),
                            exact,
                        }
                    }
                }
            })
            .collect()
    }

    fn lookup_folded(&self, key: &str) -> Symbol {
        lookup(&self.folded, key)
    }

    /// Every occurrence of every form in the tokens, overlapping and nested
    /// ones included, in order of start then length. A match never starts or
    /// ends inside a hyphenated compound (`anti-inflammatoire` does not hold
    /// `inflammatoire`).
    pub fn find(&self, tokens: &[Token], symbols: &[Symbols]) -> Vec<Match> {
        let mut matches = Vec::new();
        for start in 0..tokens.len() {
            if symbols[start].folded == NONE && symbols[start].exact == NONE {
                continue;
            }
            if continues_compound(tokens, start) {
                continue;
            }
            self.walk(0, start, start, tokens, symbols, &mut matches);
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
        if at > start && !self.outputs[node as usize].is_empty() && !compound_follows(tokens, at) {
            for &payload in &self.outputs[node as usize] {
                matches.push(Match {
                    payload,
                    tokens: start..at,
                    span: tokens[start].range.start..tokens[at - 1].range.end,
                });
            }
        }
        let Some(token_symbols) = symbols.get(at) else {
            return;
        };
        for symbol in [token_symbols.folded, token_symbols.exact] {
            if symbol == NONE {
                continue;
            }
            if let Some(&next) = self.edges.get(&(node, symbol)) {
                self.walk(next, start, at + 1, tokens, symbols, matches);
            }
        }
    }
}

fn lookup(map: &FastMap<Box<str>, Symbol>, key: &str) -> Symbol {
    map.get(key).copied().unwrap_or(NONE)
}

/// True when tokens `hyphen - 1`, `hyphen`, `hyphen + 1` are a word, a
/// hyphen and a word written together.
fn joins_compound(tokens: &[Token], hyphen: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| t.kind == TokenKind::Word);
    match (
        hyphen.checked_sub(1).and_then(word),
        tokens.get(hyphen),
        word(hyphen + 1),
    ) {
        (Some(left), Some(mark), Some(right)) => {
            mark.kind == TokenKind::Hyphen
                && left.range.end == mark.range.start
                && mark.range.end == right.range.start
        }
        _ => false,
    }
}

/// True when token `start` is the second part of a hyphenated compound.
fn continues_compound(tokens: &[Token], start: usize) -> bool {
    start > 0 && joins_compound(tokens, start - 1)
}

/// True when a hyphen joins token `end - 1` to the word after it.
fn compound_follows(tokens: &[Token], end: usize) -> bool {
    joins_compound(tokens, end)
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
