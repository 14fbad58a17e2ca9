//! Writing TBX-Basic v3 (DCA style): one `conceptEntry` per concept, one
//! `langSec` per language, one `termSec` per form with its
//! `administrativeStatus` (preferred, admitted = variant, deprecated =
//! forbidden); subject field, note, definition, part of speech and gender.
//! `dnt` and `case-sensitive` have no TBX-Basic data category and are not
//! written.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::TBX_NAMESPACE;
use crate::exchange::tbx_gender;
use crate::glossary::{Gender, Glossary, LangEntry, PartOfSpeech};

type XmlWriter = Writer<Vec<u8>>;

/// The glossary as a TBX-Basic v3 document.
pub fn write(glossary: &Glossary) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut writer, glossary).expect("writing to memory cannot fail");
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("the writer only writes UTF-8")
}

fn write_document(writer: &mut XmlWriter, glossary: &Glossary) -> std::io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let source = glossary
        .source_language()
        .unwrap_or_else(|| "en".to_owned());
    writer
        .create_element("tbx")
        .with_attribute(("type", "TBX-Basic"))
        .with_attribute(("style", "dca"))
        .with_attribute(("xml:lang", source.as_str()))
        .with_attribute(("xmlns", TBX_NAMESPACE))
        .write_inner_content(|writer| {
            writer
                .create_element("tbxHeader")
                .write_inner_content(|writer| {
                    writer
                        .create_element("fileDesc")
                        .write_inner_content(|writer| {
                            if let Some(title) = &glossary.header.title {
                                writer.create_element("titleStmt").write_inner_content(
                                    |writer| text_element(writer, "title", &[], title),
                                )?;
                            }
                            writer
                                .create_element("sourceDesc")
                                .write_inner_content(|writer| {
                                    text_element(writer, "p", &[], "gloss")
                                })?;
                            Ok(())
                        })?;
                    Ok(())
                })?;
            writer
                .create_element("text")
                .write_inner_content(|writer| {
                    writer
                        .create_element("body")
                        .write_inner_content(|writer| {
                            for concept in &glossary.concepts {
                                writer
                                    .create_element("conceptEntry")
                                    .with_attribute(("id", concept.id.as_str()))
                                    .write_inner_content(|writer| {
                                        if let Some(domain) = &concept.domain {
                                            text_element(
                                                writer,
                                                "descrip",
                                                &[("type", "subjectField")],
                                                domain,
                                            )?;
                                        }
                                        if let Some(note) = &concept.note {
                                            text_element(writer, "note", &[], note)?;
                                        }
                                        for (lang, entry) in &concept.languages {
                                            lang_section(writer, lang, entry)?;
                                        }
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn lang_section(writer: &mut XmlWriter, lang: &str, entry: &LangEntry) -> std::io::Result<()> {
    writer
        .create_element("langSec")
        .with_attribute(("xml:lang", lang))
        .write_inner_content(|writer| {
            if let Some(definition) = &entry.definition {
                text_element(writer, "descrip", &[("type", "definition")], definition)?;
            }
            let grammar = Grammar {
                pos: entry.pos,
                gender: entry.gender,
            };
            term_section(writer, &entry.term, "preferredTerm-admn-sts", grammar)?;
            for variant in &entry.variants {
                let grammar = Grammar {
                    pos: entry.variant_pos.get(variant).copied(),
                    gender: None,
                };
                term_section(writer, variant, "admittedTerm-admn-sts", grammar)?;
            }
            for forbidden in &entry.forbidden {
                term_section(
                    writer,
                    forbidden,
                    "deprecatedTerm-admn-sts",
                    Grammar::default(),
                )?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The grammar notes of one term.
#[derive(Default)]
struct Grammar {
    pos: Option<PartOfSpeech>,
    gender: Option<Gender>,
}

/// One `termSec`; grammar notes go on the preferred term, and the part of
/// speech on a variant that has its own.
fn term_section(
    writer: &mut XmlWriter,
    term: &str,
    status: &str,
    grammar: Grammar,
) -> std::io::Result<()> {
    writer
        .create_element("termSec")
        .write_inner_content(|writer| {
            text_element(writer, "term", &[], term)?;
            if let Some(pos) = grammar.pos {
                text_element(
                    writer,
                    "termNote",
                    &[("type", "partOfSpeech")],
                    pos.as_str(),
                )?;
            }
            if let Some(gender) = grammar.gender {
                text_element(
                    writer,
                    "termNote",
                    &[("type", "grammaticalGender")],
                    tbx_gender(gender),
                )?;
            }
            text_element(
                writer,
                "termNote",
                &[("type", "administrativeStatus")],
                status,
            )
        })?;
    Ok(())
}

fn text_element(
    writer: &mut XmlWriter,
    name: &str,
    attributes: &[(&str, &str)],
    text: &str,
) -> std::io::Result<()> {
    let escaped = escape(text);
    writer
        .create_element(name)
        .with_attributes(attributes.iter().copied())
        .write_text_content(BytesText::from_escaped(escaped.as_str()))?;
    Ok(())
}

/// Escapes markup characters, and carriage returns so that XML line-end
/// normalisation does not drop them. Characters XML 1.0 cannot hold (C0
/// controls other than tab and line feed) are left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    use crate::glossary::load_str;
    use crate::source::SourceFile;

    #[test]
    fn writes_tbx_basic_v3_that_reads_back() {
        let loaded = load_str(
            "g.toml",
            "[glossary]\ntitle = \"Derm & co\"\n[terms.cellule-souche]\ndomain = \"cell biology\"\nen = \"stem cell\"\n[terms.cellule-souche.fr]\nterm = \"cellule souche\"\nvariants = [\"cellule-souche\"]\nforbidden = [\"cellule mère\"]\ngender = \"feminine\"\npos = \"noun\"\ndefinition = \"Cellule <indifférenciée>.\"\n",
        );
        assert!(loaded.diagnostics.is_empty());
        let text = write(&loaded.glossary);
        assert!(text.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"), "{text}");
        assert!(text.contains(
            "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
        ));
        assert!(text.contains("Cellule &lt;indifférenciée&gt;."));
        let file = Arc::new(SourceFile::new("g.tbx", text));
        let imported = super::super::read(file, &mut |_| {}).unwrap();
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        let concepts: Vec<_> = imported.concepts.into_iter().map(|c| c.concept).collect();
        assert_eq!(concepts, loaded.glossary.concepts);
    }
}
