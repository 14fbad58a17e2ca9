//! Reading TBX: TBX v2 / TBX-Basic (`<martif>`, `termEntry`, `langSet`,
//! `tig`/`ntig`) and TBX v3 (`<tbx>`, `conceptEntry`, `langSec`, `termSec`),
//! in the DCA style (`<termNote type="partOfSpeech">`) or the DCT style
//! (`<min:partOfSpeech>`).
//!
//! Entities are never expanded: a DOCTYPE that declares entities is refused,
//! and only the five predefined entities and character references are
//! resolved; any other reference is an error. No external resource is read.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use quick_xml::events::attributes::Attributes;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use super::TBX_NAMESPACE;
use crate::diagnostic::Diagnostic;
use crate::exchange::{Carried, Imported, IncomingConcept, parse_gender, parse_pos};
use crate::glossary::{Concept, EntryField, Gender, LangEntry, PartOfSpeech, is_fluent_identifier};
use crate::i18n::Message;
use crate::msg;
use crate::source::SourceFile;

/// How a term is to be used, from `administrativeStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Preferred,
    Admitted,
    Forbidden,
}

fn parse_status(text: &str) -> Option<Status> {
    let text = text.trim();
    let name = text.strip_suffix("-admn-sts").unwrap_or(text);
    Some(match name {
        "preferredTerm" | "standardizedTerm" | "legalTerm" | "regulatedTerm" => Status::Preferred,
        "admittedTerm" => Status::Admitted,
        "deprecatedTerm" | "supersededTerm" | "notRecommendedTerm" => Status::Forbidden,
        _ => return None,
    })
}

#[derive(Debug, Default)]
struct TermBuilder {
    text: String,
    status: Option<Status>,
    pos: Option<PartOfSpeech>,
    gender: Option<Gender>,
    definition: Option<String>,
}

#[derive(Debug, Default)]
struct LangBuilder {
    tag: String,
    span: Range<usize>,
    terms: Vec<TermBuilder>,
    definition: Option<String>,
    pos: Option<PartOfSpeech>,
    gender: Option<Gender>,
}

#[derive(Debug, Default)]
struct ConceptBuilder {
    id: String,
    span: Range<usize>,
    domain: Option<String>,
    notes: Vec<String>,
    definition: Option<String>,
    languages: Vec<LangBuilder>,
}

/// What the text of an open element is read for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Capture {
    Term,
    Category(String),
    Note,
}

/// Data categories read from DCT-style elements (`<min:partOfSpeech>`).
const CATEGORY_ELEMENTS: [&str; 6] = [
    "administrativeStatus",
    "normativeAuthorization",
    "partOfSpeech",
    "grammaticalGender",
    "definition",
    "subjectField",
];

struct Open {
    name: String,
    start: usize,
}

struct TbxReader<'a> {
    file: &'a Arc<SourceFile>,
    document_lang: Option<String>,
    concept: Option<ConceptBuilder>,
    lang: Option<LangBuilder>,
    term: Option<TermBuilder>,
    capture: Option<(Capture, usize, String)>,
    concepts: Vec<IncomingConcept>,
    languages: BTreeSet<String>,
    ignored: BTreeMap<String, usize>,
    warnings: Vec<Diagnostic>,
}

/// Reads a TBX document. `progress` is told how many bytes were read so far.
pub fn read(
    file: Arc<SourceFile>,
    progress: &mut dyn FnMut(usize),
) -> Result<Imported, Vec<Diagnostic>> {
    let mut state = TbxReader {
        file: &file,
        document_lang: None,
        concept: None,
        lang: None,
        term: None,
        capture: None,
        concepts: Vec::new(),
        languages: BTreeSet::new(),
        ignored: BTreeMap::new(),
        warnings: Vec::new(),
    };
    state.run(progress).map_err(|d| vec![d])?;
    let TbxReader {
        concepts,
        languages,
        ignored,
        mut warnings,
        ..
    } = state;
    if !ignored.is_empty() {
        let start = ignored.values().copied().min().unwrap_or(0);
        let names: Vec<&str> = ignored.keys().map(String::as_str).collect();
        warnings.push(
            Diagnostic::warning(msg!("tbx-ignored-categories", names = names.join(", ")))
                .at(&file, start..start + 1),
        );
    }
    let carried = Carried {
        languages,
        fields: [
            EntryField::Domain,
            EntryField::Note,
            EntryField::Variants,
            EntryField::Forbidden,
            EntryField::Definition,
            EntryField::Gender,
            EntryField::Pos,
        ]
        .into_iter()
        .collect(),
    };
    Ok(Imported {
        file,
        concepts,
        carried,
        warnings,
    })
}

impl TbxReader<'_> {
    fn error(&self, span: Range<usize>, message: Message) -> Diagnostic {
        Diagnostic::error(message).at(self.file, span)
    }

    fn warn(&mut self, span: Range<usize>, message: Message) {
        let warning = Diagnostic::warning(message).at(self.file, span);
        self.warnings.push(warning);
    }

    fn run(&mut self, progress: &mut dyn FnMut(usize)) -> Result<(), Diagnostic> {
        let text = self.file.text.as_str();
        let mut reader = NsReader::from_str(text);
        let mut stack: Vec<Open> = Vec::new();
        let mut root_seen = false;
        let mut reported = 0;
        loop {
            let start = reader.buffer_position() as usize;
            if start - reported > 1 << 16 {
                progress(start);
                reported = start;
            }
            let (namespace, event) = match reader.read_resolved_event() {
                Ok((namespace, event)) => (namespace_of(&namespace), event),
                Err(error) => {
                    let at = reader.error_position() as usize;
                    return Err(
                        self.error(at..at + 1, msg!("tbx-syntax", reason = error.to_string()))
                    );
                }
            };
            let end = reader.buffer_position() as usize;
            match event {
                Event::DocType(doctype) => {
                    if doctype.xml10_content().contains("<!ENTITY") {
                        return Err(self
                            .error(start..end, msg!("tbx-entity-declaration"))
                            .with_help(msg!("help-tbx-entities")));
                    }
                }
                Event::Decl(decl) => {
                    if let Some(Ok(encoding)) = decl.encoding() {
                        let name = encoding.to_ascii_lowercase();
                        if !matches!(name.as_str(), "utf-8" | "utf8" | "utf-16" | "utf16") {
                            return Err(self.error(
                                start..end,
                                msg!("tbx-encoding", encoding = encoding.into_owned()),
                            ));
                        }
                    }
                }
                Event::Start(element) if !root_seen => {
                    root_seen = true;
                    self.root(&element, namespace, start..end)?;
                    stack.push(Open {
                        name: local_name(&element),
                        start,
                    });
                }
                Event::Empty(element) if !root_seen => {
                    root_seen = true;
                    self.root(&element, namespace, start..end)?;
                }
                Event::Start(element) => {
                    let name = local_name(&element);
                    self.open(&name, &element, start..end)?;
                    stack.push(Open { name, start });
                }
                Event::Empty(element) => {
                    let name = local_name(&element);
                    self.open(&name, &element, start..end)?;
                    self.close(&name, start..end);
                }
                Event::End(_) => {
                    if let Some(open) = stack.pop() {
                        self.close(&open.name, open.start..end);
                    }
                }
                Event::Text(text) => self.push_text(&text.xml10_content()),
                Event::CData(data) => self.push_text(&data.xml10_content()),
                Event::GeneralRef(reference) => {
                    let resolved = if reference.is_char_ref() {
                        reference.resolve_char_ref().ok().flatten()
                    } else {
                        match reference.xml10_content().as_ref() {
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "amp" => Some('&'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        }
                    };
                    match resolved {
                        Some(c) => self.push_text(c.encode_utf8(&mut [0; 4])),
                        None => {
                            let name = reference.xml10_content().into_owned();
                            return Err(self
                                .error(start..end, msg!("tbx-unknown-entity", name = name))
                                .with_help(msg!("help-tbx-entities")));
                        }
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::PI(_) => {}
            }
        }
        if let Some(open) = stack.last() {
            let name = open.name.clone();
            return Err(self.error(
                open.start..open.start + name.len() + 1,
                msg!("tbx-unclosed", name = name),
            ));
        }
        if !root_seen {
            return Err(self.error(0..0, msg!("tbx-not-tbx", name = "")));
        }
        progress(text.len());
        Ok(())
    }

    fn root(
        &mut self,
        element: &BytesStart,
        namespace: Option<String>,
        span: Range<usize>,
    ) -> Result<(), Diagnostic> {
        let name = local_name(element);
        let expected = match name.as_str() {
            "martif" => None,
            "tbx" => Some(TBX_NAMESPACE),
            _ => return Err(self.error(span, msg!("tbx-not-tbx", name = name))),
        };
        if namespace.as_deref() != expected {
            return Err(self.error(
                span,
                msg!(
                    "tbx-wrong-namespace",
                    name = name,
                    found = namespace.unwrap_or_default(),
                    expected = expected.unwrap_or_default()
                ),
            ));
        }
        self.document_lang = self.attribute(element, "xml:lang", &span)?;
        Ok(())
    }

    fn attribute(
        &self,
        element: &BytesStart,
        key: &str,
        span: &Range<usize>,
    ) -> Result<Option<String>, Diagnostic> {
        find_attribute(element.attributes(), key).map_err(|reason| {
            self.error(span.clone(), msg!("tbx-syntax", reason = reason))
                .with_help(msg!("help-tbx-entities"))
        })
    }

    fn open(
        &mut self,
        name: &str,
        element: &BytesStart,
        span: Range<usize>,
    ) -> Result<(), Diagnostic> {
        if self.capture.is_some() {
            return Ok(());
        }
        match name {
            "conceptEntry" | "termEntry" => {
                let id = self.attribute(element, "id", &span)?.unwrap_or_default();
                self.concept = Some(ConceptBuilder {
                    id: if is_fluent_identifier(&id) {
                        id
                    } else {
                        String::new()
                    },
                    span,
                    ..Default::default()
                });
            }
            "langSec" | "langSet" => {
                let Some(tag) = self.attribute(element, "xml:lang", &span)? else {
                    return Err(self.error(span, msg!("tbx-missing-lang", name = name)));
                };
                if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
                    return Err(self
                        .error(span, msg!("glossary-bad-language", tag = tag))
                        .with_help(msg!("help-language-tag")));
                }
                self.lang = Some(LangBuilder {
                    tag,
                    span,
                    ..Default::default()
                });
            }
            "termSec" | "tig" | "ntig" => self.term = Some(TermBuilder::default()),
            "term" => self.capture = Some((Capture::Term, span.start, String::new())),
            "note" => self.capture = Some((Capture::Note, span.start, String::new())),
            "termNote" | "descrip" | "admin" => {
                let kind = self.attribute(element, "type", &span)?.unwrap_or_default();
                self.capture = Some((Capture::Category(kind), span.start, String::new()));
            }
            _ if CATEGORY_ELEMENTS.contains(&name) => {
                self.capture = Some((
                    Capture::Category(name.to_owned()),
                    span.start,
                    String::new(),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    fn push_text(&mut self, text: &str) {
        if let Some((_, _, buffer)) = &mut self.capture {
            buffer.push_str(text);
        }
    }

    fn close(&mut self, name: &str, span: Range<usize>) {
        if let Some((capture, _, _)) = &self.capture {
            let closes = match capture {
                Capture::Term => name == "term",
                Capture::Note => name == "note",
                Capture::Category(kind) => {
                    matches!(name, "termNote" | "descrip" | "admin")
                        || (name == kind && CATEGORY_ELEMENTS.contains(&name))
                }
            };
            if !closes {
                return;
            }
            let (capture, start, text) = self.capture.take().expect("checked above");
            let text = text.trim().to_owned();
            match capture {
                Capture::Term => {
                    if let Some(term) = &mut self.term {
                        term.text = text;
                    }
                }
                Capture::Note => {
                    if self.term.is_none()
                        && self.lang.is_none()
                        && let Some(concept) = &mut self.concept
                        && !text.is_empty()
                    {
                        concept.notes.push(text);
                    }
                }
                Capture::Category(kind) => self.category(&kind, text, start),
            }
            return;
        }
        match name {
            "termSec" | "tig" | "ntig" => {
                if let (Some(term), Some(lang)) = (self.term.take(), &mut self.lang) {
                    if term.text.is_empty() {
                        self.warn(span, msg!("tbx-empty-term"));
                    } else {
                        lang.terms.push(term);
                    }
                }
            }
            "langSec" | "langSet" => {
                if let (Some(lang), Some(concept)) = (self.lang.take(), &mut self.concept) {
                    concept.languages.push(lang);
                }
            }
            "conceptEntry" | "termEntry" => {
                if let Some(concept) = self.concept.take() {
                    self.finish_concept(concept);
                }
            }
            _ => {}
        }
    }

    fn category(&mut self, kind: &str, text: String, start: usize) {
        if text.is_empty() {
            return;
        }
        let span = start..start + 1;
        match kind {
            "administrativeStatus" | "normativeAuthorization" => match parse_status(&text) {
                Some(status) => {
                    if let Some(term) = &mut self.term {
                        term.status = Some(status);
                    }
                }
                None => self.warn(
                    span,
                    msg!("tbx-unknown-value", category = kind, value = text),
                ),
            },
            "partOfSpeech" => match parse_pos(&text) {
                Some(pos) => match (&mut self.term, &mut self.lang) {
                    (Some(term), _) => term.pos = Some(pos),
                    (None, Some(lang)) => lang.pos = Some(pos),
                    _ => {}
                },
                None => self.warn(
                    span,
                    msg!("tbx-unknown-value", category = kind, value = text),
                ),
            },
            "grammaticalGender" => match parse_gender(&text) {
                Some(gender) => match (&mut self.term, &mut self.lang) {
                    (Some(term), _) => term.gender = Some(gender),
                    (None, Some(lang)) => lang.gender = Some(gender),
                    _ => {}
                },
                None => self.warn(
                    span,
                    msg!("tbx-unknown-value", category = kind, value = text),
                ),
            },
            "definition" => match (&mut self.term, &mut self.lang, &mut self.concept) {
                (Some(term), _, _) => term.definition = Some(text),
                (None, Some(lang), _) => lang.definition = Some(text),
                (None, None, Some(concept)) => concept.definition = Some(text),
                _ => {}
            },
            "subjectField" => {
                if let Some(concept) = &mut self.concept {
                    concept.domain.get_or_insert(text);
                }
            }
            _ => {
                self.ignored.entry(kind.to_owned()).or_insert(start);
            }
        }
    }

    fn finish_concept(&mut self, builder: ConceptBuilder) {
        let mut concept = Concept {
            id: builder.id,
            domain: builder.domain,
            note: (!builder.notes.is_empty()).then(|| builder.notes.join("\n")),
            ..Default::default()
        };
        for lang in builder.languages {
            let span = lang.span.clone();
            let tag = lang.tag.clone();
            match lang_entry(lang) {
                Some(entry) => {
                    self.languages.insert(tag.clone());
                    concept.languages.insert(tag, entry);
                }
                None => self.warn(span, msg!("tbx-no-accepted-term", lang = tag)),
            }
        }
        if let Some(definition) = builder.definition
            && let Some(lang) = &self.document_lang
            && let Some(entry) = concept.languages.get_mut(lang)
        {
            entry.definition.get_or_insert(definition);
        }
        if concept.languages.is_empty() {
            self.warn(builder.span, msg!("tbx-empty-entry"));
            return;
        }
        self.concepts.push(IncomingConcept {
            concept,
            span: builder.span,
        });
    }
}

/// The entry of one language: the first preferred term (else the first
/// without a status, else the first admitted one) is the preferred form,
/// other accepted terms are variants, deprecated ones are forbidden.
fn lang_entry(lang: LangBuilder) -> Option<LangEntry> {
    let chosen = lang
        .terms
        .iter()
        .position(|t| t.status == Some(Status::Preferred))
        .or_else(|| lang.terms.iter().position(|t| t.status.is_none()))
        .or_else(|| {
            lang.terms
                .iter()
                .position(|t| t.status == Some(Status::Admitted))
        })?;
    let preferred = &lang.terms[chosen];
    let mut entry = LangEntry::preferred(preferred.text.clone());
    entry.pos = preferred.pos.or(lang.pos);
    entry.gender = preferred.gender.or(lang.gender);
    entry.definition = lang.definition.clone().or(preferred.definition.clone());
    for (index, term) in lang.terms.iter().enumerate() {
        if index == chosen || term.text == entry.term {
            continue;
        }
        let list = if term.status == Some(Status::Forbidden) {
            &mut entry.forbidden
        } else {
            &mut entry.variants
        };
        if !list.contains(&term.text) {
            list.push(term.text.clone());
        }
        // A variant of another part of speech (a verb beside a noun).
        if term.status != Some(Status::Forbidden)
            && let Some(pos) = term.pos.filter(|&pos| Some(pos) != entry.pos)
        {
            entry.variant_pos.insert(term.text.clone(), pos);
        }
    }
    Some(entry)
}

fn local_name(element: &BytesStart) -> String {
    element.local_name().as_ref().to_owned()
}

fn namespace_of(result: &ResolveResult) -> Option<String> {
    match result {
        ResolveResult::Bound(namespace) => Some(namespace.as_ref().to_owned()),
        _ => None,
    }
}

/// The value of attribute `key`, with predefined and character references
/// resolved; any other reference is an error.
fn find_attribute(attributes: Attributes, key: &str) -> Result<Option<String>, String> {
    for attribute in attributes {
        let attribute = attribute.map_err(|e| e.to_string())?;
        if attribute.key.as_ref() == key {
            return attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| Some(v.into_owned()))
                .map_err(|e| e.to_string());
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<Imported, Vec<Diagnostic>> {
        read(
            Arc::new(SourceFile::new("t.tbx", text.to_owned())),
            &mut |_| {},
        )
    }

    fn error_at(text: &str) -> (&'static str, (usize, usize)) {
        let errors = read_text(text).unwrap_err();
        let location = errors[0].location.as_ref().expect("located");
        (errors[0].message.id, location.line_column())
    }

    #[test]
    fn tbx_v2_martif_with_statuses_and_notes() {
        let imported = read_text(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
 <text><body>
  <termEntry id="c17">
   <descripGrp><descrip type="subjectField">cell biology</descrip></descripGrp>
   <descrip type="definition">Undifferentiated cell.</descrip>
   <note>Checked &amp; approved</note>
   <langSet xml:lang="en-US"><tig><term>stem cell</term></tig></langSet>
   <langSet xml:lang="fr">
    <ntig><termGrp><term>cellule mère</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
    <ntig><termGrp><term>cellule souche</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
     <termNote type="grammaticalGender">feminine</termNote>
     <termNote type="partOfSpeech">noun</termNote></termGrp></ntig>
    <tig><term>cellule&#45;souche</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
     <termNote type="termType">variant</termNote></tig>
   </langSet>
  </termEntry>
 </body></text>
</martif>"#,
        )
        .unwrap();
        assert_eq!(imported.concepts.len(), 1);
        let concept = &imported.concepts[0].concept;
        assert_eq!(concept.id, "c17");
        assert_eq!(concept.domain.as_deref(), Some("cell biology"));
        assert_eq!(concept.note.as_deref(), Some("Checked & approved"));
        let en = &concept.languages["en-US"];
        assert_eq!(en.definition.as_deref(), Some("Undifferentiated cell."));
        let fr = &concept.languages["fr"];
        assert_eq!(fr.term, "cellule souche");
        assert_eq!(fr.variants, vec!["cellule-souche"]);
        assert_eq!(fr.forbidden, vec!["cellule mère"]);
        assert_eq!(fr.gender, Some(Gender::Feminine));
        assert_eq!(fr.pos, Some(PartOfSpeech::Noun));
        assert_eq!(
            imported.warnings.len(),
            1,
            "termType is reported as ignored"
        );
        assert_eq!(imported.warnings[0].message.id, "tbx-ignored-categories");
    }

    #[test]
    fn tbx_v3_dct_style() {
        let imported = read_text(
            r#"<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
 <text><body><conceptEntry id="graft">
  <min:subjectField>surgery</min:subjectField>
  <langSec xml:lang="fr"><basic:definition>Tissu <hi>transplanté</hi>.</basic:definition>
   <termSec><term>greffe</term><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
    <basic:grammaticalGender>feminine</basic:grammaticalGender></termSec></langSec>
 </conceptEntry></body></text></tbx>"#,
        )
        .unwrap();
        let concept = &imported.concepts[0].concept;
        assert_eq!(concept.id, "graft");
        assert_eq!(concept.domain.as_deref(), Some("surgery"));
        let fr = &concept.languages["fr"];
        assert_eq!(fr.definition.as_deref(), Some("Tissu transplanté."));
        assert_eq!(fr.gender, Some(Gender::Feminine));
    }

    #[test]
    fn entities_are_never_expanded() {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>";
        assert_eq!(error_at(xxe), ("tbx-entity-declaration", (2, 1)));
        let laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<martif>&lol2;</martif>";
        assert_eq!(error_at(laughs).0, "tbx-entity-declaration");
        let undeclared = "<martif><text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>&lol2;</term></tig></langSet></termEntry></body></text></martif>";
        assert_eq!(error_at(undeclared), ("tbx-unknown-entity", (2, 46)));
        let attribute = "<martif><text><body>\n<termEntry id=\"&xxe;\"/></body></text></martif>";
        assert_eq!(error_at(attribute), ("tbx-syntax", (2, 1)));
    }

    #[test]
    fn malformed_documents_are_located() {
        assert_eq!(
            error_at("<martif>\n<text><body>\n<termEntry>\n"),
            ("tbx-unclosed", (3, 1))
        );
        assert_eq!(error_at("<martif>\n<text></body></martif>").0, "tbx-syntax");
        assert_eq!(
            error_at("<tbx xmlns=\"urn:example:other\"/>"),
            ("tbx-wrong-namespace", (1, 1))
        );
        assert_eq!(
            error_at("<?xml version=\"1.0\"?>\n<html/>"),
            ("tbx-not-tbx", (2, 1))
        );
        assert_eq!(
            error_at(
                "<martif><text><body><termEntry>\n<langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>"
            ),
            ("tbx-missing-lang", (2, 1))
        );
    }
}
