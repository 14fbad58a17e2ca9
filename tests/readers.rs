//! The document readers on fixtures: Fluent pairs, PO catalogues, bad input,
//! and the offset maps back into the files.

use std::path::{Path, PathBuf};

use gloss::documents::{
    Document, Format, PLACEHOLDER, PairSpec, ReadOptions, Segment, SegmentText, fluent, po, read,
};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/readers")
        .join(path)
}

fn read_fluent(name: &str) -> Document {
    let spec = PairSpec {
        source: Some(fixture(&format!("fluent/en-US/{name}"))),
        target: fixture(&format!("fluent/fr/{name}")),
    };
    let mut documents = read(&spec, &ReadOptions::default()).expect("readable pair");
    assert_eq!(documents.len(), 1);
    documents.remove(0)
}

fn read_po(name: &str, options: &ReadOptions) -> Document {
    let spec = PairSpec {
        source: None,
        target: fixture(&format!("po/{name}")),
    };
    let mut documents = read(&spec, options).expect("readable catalogue");
    documents.remove(0)
}

fn segment<'d>(document: &'d Document, id: &str, variant: Option<&str>) -> &'d Segment {
    document
        .segments
        .iter()
        .find(|s| s.id == id && s.variant.as_deref() == variant)
        .unwrap_or_else(|| panic!("no segment {id} {variant:?}"))
}

fn p(text: &str) -> String {
    text.replace('#', &PLACEHOLDER.to_string())
}

/// Every diagnostic as `line:column message-id`.
fn diagnostics(document: &Document) -> Vec<String> {
    document
        .diagnostics
        .iter()
        .map(|d| {
            let (line, column) = d.location.as_ref().map_or((0, 0), |l| l.line_column());
            format!("{line}:{column} {}", d.message.id)
        })
        .collect()
}

/// Checks the offset map of one text against the file it points into: every
/// run is in bounds, on a character boundary, and either a literal copy of
/// the file or a placeholder or escape standing for what is there.
pub fn check_offsets(text: &SegmentText, file: &str) {
    let mut runs = text.offsets.iter().peekable();
    let mut previous = None;
    while let Some(&(start, at)) = runs.next() {
        assert!(previous.is_none_or(|p| p < start), "runs sorted: {text:?}");
        previous = Some(start);
        let end = runs.peek().map_or(text.text.len(), |&&(next, _)| next);
        assert!(text.text.is_char_boundary(start), "{text:?}");
        assert!(
            at <= file.len() && file.is_char_boundary(at),
            "run at {at} in {file:?}"
        );
        let piece = &text.text[start..end];
        if piece.starts_with(PLACEHOLDER) {
            continue;
        }
        let copy = file.get(at..at + piece.len());
        let escape = file[at..].starts_with(['\\', '%', '{', '}']);
        assert!(
            copy == Some(piece) || escape,
            "text {piece:?} at {at} is not what the file has: {:?}",
            &file[at..(at + piece.len()).min(file.len())]
        );
    }
    assert!(
        text.offsets.first().is_none_or(|&(start, _)| start == 0) || text.text.is_empty(),
        "the first run starts the text: {text:?}"
    );
    for term_ref in &text.term_refs {
        assert_eq!(&text.text[term_ref.range.clone()], PLACEHOLDER.to_string());
    }
}

/// [`check_offsets`] on both sides of every segment of a document.
pub fn check_document_offsets(document: &Document) {
    let target = document.target.text.as_str();
    let source = document.source.as_ref().map_or(target, |s| s.text.as_str());
    for segment in &document.segments {
        check_offsets(&segment.source, source);
        check_offsets(&segment.target, target);
    }
    for diagnostic in &document.diagnostics {
        if let Some(location) = &diagnostic.location {
            let text = &location.file.text;
            assert!(location.span.start <= location.span.end && location.span.end <= text.len());
            assert!(text.is_char_boundary(location.span.start));
            assert!(text.is_char_boundary(location.span.end));
        }
    }
}

mod fluent_pairs {
    use super::*;

    #[test]
    fn messages_and_attributes_pair_by_id() {
        let document = read_fluent("app.ftl");
        assert_eq!(document.format, Format::Fluent);
        let ids: Vec<(&str, Option<&str>)> = document
            .segments
            .iter()
            .map(|s| (s.id.as_str(), s.variant.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("welcome", None),
                ("files-count", Some("one")),
                ("files-count", Some("many")),
                ("files-count", Some("other")),
                ("greeting", None),
                ("settings-title", None),
                ("settings-title.tooltip", None),
                ("settings-title.accesskey", None),
                ("only-attributes.label", None),
                ("multiline", None),
                ("nested", Some("feminine/one")),
                ("nested", Some("feminine/other")),
                ("nested", Some("other/one")),
                ("nested", Some("other/other")),
                ("term-args", None),
                ("saved", None),
            ]
        );
        assert!(
            document.diagnostics.is_empty(),
            "{:?}",
            diagnostics(&document)
        );
        check_document_offsets(&document);
    }

    #[test]
    fn term_references_are_placeholders_with_their_id() {
        let document = read_fluent("app.ftl");
        let welcome = segment(&document, "welcome", None);
        assert_eq!(welcome.target.text, p("Bienvenue dans #, le suivi des #."));
        assert_eq!(welcome.source.text, p("Welcome to #, the # tracker."));
        let ids: Vec<&str> = welcome
            .target
            .term_refs
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["brand", "cell"]);
        assert_eq!(welcome.source.term_refs.len(), 2);
        let with_arguments = segment(&document, "term-args", None);
        assert_eq!(with_arguments.target.term_refs[0].id, "cell");
        // The placeholder points at the reference in the file.
        let range = &with_arguments.target.term_refs[0].range;
        let at = with_arguments.target.file_offset(range.start);
        assert!(document.target.text[at..].starts_with("-cell(case"));
    }

    #[test]
    fn other_placeables_are_bare_placeholders() {
        let document = read_fluent("app.ftl");
        let greeting = segment(&document, "greeting", None);
        assert_eq!(greeting.target.text, p("Bonjour #, voyez #, #, # et #."));
        assert!(greeting.target.term_refs.is_empty());
        let at = greeting.target.file_offset("Bonjour ".len());
        assert!(document.target.text[at..].starts_with("$user"));
    }

    #[test]
    fn target_variants_pair_with_the_same_key_or_the_default() {
        let document = read_fluent("app.ftl");
        let one = segment(&document, "files-count", Some("one"));
        assert_eq!(one.source.text, "One scan was imported.");
        let many = segment(&document, "files-count", Some("many"));
        assert_eq!(many.source.text, p("# scans were imported."));
        assert_eq!(many.target.text, p("# d’examens ont été importés."));
        let nested = segment(&document, "nested", Some("other/one"));
        assert_eq!(nested.source.text, "They grafted one patch.");
        assert_eq!(nested.target.text, "Ils ont greffé un fragment.");
        // No select in the target: the source's default variant.
        let saved = segment(&document, "saved", None);
        assert_eq!(saved.source.text, p("Saved # files."));
    }

    #[test]
    fn multiline_patterns_keep_relative_indentation_and_map_each_line() {
        let document = read_fluent("app.ftl");
        let multiline = segment(&document, "multiline", None);
        assert_eq!(
            multiline.target.text,
            "La première ligne du texte\n  est plus en retrait,\net la dernière ligne la termine."
        );
        let second = multiline.target.text.find("est plus").unwrap();
        let at = multiline.target.file_offset(second);
        assert!(document.target.text[at..].starts_with("est plus en retrait"));
    }

    #[test]
    fn junk_is_located_and_the_rest_is_read() {
        let document = read_fluent("junk.ftl");
        let ids: Vec<&str> = document.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["first", "third", "fifth"]);
        assert_eq!(
            diagnostics(&document),
            [
                "4:27 fluent-expected-char-range",
                "2:19 fluent-unbalanced-brace"
            ]
        );
        let target_junk = &document.diagnostics[1];
        let location = target_junk.location.as_ref().unwrap();
        assert!(location.file.path.ends_with("fr/junk.ftl"));
        let help = target_junk.help.as_ref().unwrap();
        assert_eq!(help.id, "help-fluent-junk");
        assert_eq!(
            help.args[0].1,
            gloss::i18n::Arg::Text("second = Deuxième } message.".into())
        );
        check_document_offsets(&document);
    }

    #[test]
    fn directories_pair_files_by_relative_path() {
        let spec = PairSpec {
            source: Some(fixture("fluent/en-US")),
            target: fixture("fluent/fr"),
        };
        let documents = read(&spec, &ReadOptions::default()).unwrap();
        let names: Vec<String> = documents
            .iter()
            .map(|d| {
                d.target
                    .path
                    .strip_prefix(fixture("fluent/fr"))
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(
            names,
            ["app.ftl", "junk.ftl", "orphan.ftl", "sub/nested.ftl"]
        );
        let orphan = &documents[2];
        assert!(orphan.segments.is_empty());
        assert_eq!(diagnostics(orphan), ["1:1 document-no-source"]);
        assert_eq!(documents[3].segments[0].id, "in-subdirectory");
    }

    #[test]
    fn crlf_bom_and_tabs() {
        let source = "\u{FEFF}msg = First line\r\n    second line\r\ntab = a\tb\r\n";
        let target = "\u{FEFF}msg = Première ligne\r\n    deuxième ligne\r\ntab = a\tb\r\n";
        let document = fluent::parse_pair(
            (Path::new("en.ftl"), source.as_bytes()),
            (Path::new("fr.ftl"), target.as_bytes()),
        )
        .unwrap();
        assert_eq!(
            document.segments[0].target.text,
            "Première ligne\ndeuxième ligne"
        );
        assert_eq!(document.segments[1].target.text, "a\tb");
        assert!(!document.target.text.starts_with('\u{FEFF}'));
        check_document_offsets(&document);
    }

    #[test]
    fn deep_nesting_is_reported_not_a_crash() {
        let depth = 5_000;
        let deep = format!("deep = {}$x{}\n", "{ ".repeat(depth), " }".repeat(depth));
        let text = format!("ok = Fine.\n{deep}after = Still read.\n");
        let document = fluent::parse_pair(
            (Path::new("en.ftl"), text.as_bytes()),
            (Path::new("fr.ftl"), text.as_bytes()),
        )
        .unwrap();
        let ids: Vec<&str> = document.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["ok", "after"]);
        assert!(
            document
                .diagnostics
                .iter()
                .all(|d| d.message.id == "fluent-nested-too-deep")
        );
        assert_eq!(document.diagnostics.len(), 2);
    }

    #[test]
    fn a_select_with_thousands_of_variants() {
        let variants: String = (0..5_000)
            .map(|i| format!("    [{i}] Value {i}\n"))
            .collect();
        let source = format!("big = {{ $n ->\n{variants}   *[other] Other\n}}\n");
        let target = source.replace("Value", "Valeur");
        let document = fluent::parse_pair(
            (Path::new("en.ftl"), source.as_bytes()),
            (Path::new("fr.ftl"), target.as_bytes()),
        )
        .unwrap();
        assert_eq!(document.segments.len(), 5_001);
        let last = segment(&document, "big", Some("4999"));
        assert_eq!(last.source.text, "Value 4999");
        assert_eq!(last.target.text, "Valeur 4999");
    }

    #[test]
    fn invalid_utf8_is_reported_and_the_rest_read() {
        let source = b"a = Good\nb = Also good\n";
        let target = b"a = Bien \xFF\nb = Aussi bien\n";
        let document =
            fluent::parse_pair((Path::new("en.ftl"), source), (Path::new("fr.ftl"), target))
                .unwrap();
        assert_eq!(document.segments.len(), 2);
        assert_eq!(diagnostics(&document), ["1:10 document-invalid-bytes"]);
    }
}

mod po_catalogues {
    use super::*;

    #[test]
    fn entries_become_segments() {
        let document = read_po("features.po", &ReadOptions::default());
        assert_eq!(document.format, Format::Po);
        let ids: Vec<(&str, Option<&str>)> = document
            .segments
            .iter()
            .map(|s| (s.id.as_str(), s.variant.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("Skin graft", None),
                ("menu", None),
                ("%d scan imported", Some("msgstr[0]")),
                ("%d scan imported", Some("msgstr[1]")),
                ("A long text on two lines.", None),
                ("Tab\there, quote \" and backslash \\", None),
                ("Octal café and hex A", None),
                ("New text", None),
                ("%(count)d files in %(folder)s", None),
                ("Hello {name}", None),
                ("100%% done: %s", None),
            ]
        );
        assert!(
            document.diagnostics.is_empty(),
            "{:?}",
            diagnostics(&document)
        );
        check_document_offsets(&document);
    }

    #[test]
    fn plural_forms_pair_with_msgid_then_msgid_plural() {
        let document = read_po("features.po", &ReadOptions::default());
        let one = segment(&document, "%d scan imported", Some("msgstr[0]"));
        assert_eq!(one.source.text, p("# scan imported"));
        assert_eq!(one.target.text, p("# examen importé"));
        let many = segment(&document, "%d scan imported", Some("msgstr[1]"));
        assert_eq!(many.source.text, p("# scans imported"));
        assert_eq!(many.target.text, p("# examens importés"));
    }

    #[test]
    fn multiline_strings_and_escapes_map_back_to_the_file() {
        let document = read_po("features.po", &ReadOptions::default());
        let long = segment(&document, "A long text on two lines.", None);
        assert_eq!(long.target.text, "Un long texte sur deux lignes.");
        let second = long.target.text.find("sur").unwrap();
        let at = long.target.file_offset(second);
        assert!(document.target.text[at..].starts_with("sur deux lignes.\""));
        let escapes = segment(&document, "Tab\there, quote \" and backslash \\", None);
        assert_eq!(
            escapes.target.text,
            "Tabulation\tici, guillemet \" et barre \\"
        );
        let ici = escapes.target.text.find("ici").unwrap();
        assert!(document.target.text[escapes.target.file_offset(ici)..].starts_with("ici"));
        let tab = escapes.target.text.find('\t').unwrap();
        assert!(document.target.text[escapes.target.file_offset(tab)..].starts_with("\\t"));
        let octal = segment(&document, "Octal café and hex A", None);
        assert_eq!(octal.target.text, "Café en octal et A en hexa");
    }

    #[test]
    fn format_placeholders_follow_the_flags() {
        let document = read_po("features.po", &ReadOptions::default());
        let python = segment(&document, "%(count)d files in %(folder)s", None);
        assert_eq!(python.target.text, p("# fichiers dans #"));
        let brace = segment(&document, "Hello {name}", None);
        assert_eq!(brace.target.text, p("Bonjour #"));
        let percent = segment(&document, "100%% done: %s", None);
        assert_eq!(percent.target.text, p("Terminé à 100 % : #"));
    }

    #[test]
    fn fuzzy_entries_only_on_request() {
        let default = read_po("features.po", &ReadOptions::default());
        assert!(default.segments.iter().all(|s| s.id != "Draft entry"));
        let fuzzy = read_po(
            "features.po",
            &ReadOptions {
                include_fuzzy: true,
            },
        );
        assert_eq!(
            segment(&fuzzy, "Draft entry", None).target.text,
            "Entrée brouillon"
        );
        // The fuzzy flag of the obsolete entry does not leak anywhere.
        assert_eq!(fuzzy.segments.len(), default.segments.len() + 1);
    }

    #[test]
    fn legacy_charset_is_decoded() {
        let document = read_po("latin1.po", &ReadOptions::default());
        let coffee = segment(&document, "Coffee", None);
        assert_eq!(coffee.target.text, "Café crème");
        assert!(document.target.text.contains("Café crème"));
        check_document_offsets(&document);
    }

    #[test]
    fn invalid_utf8_is_located_and_the_rest_read() {
        let document = read_po("invalid-utf8.po", &ReadOptions::default());
        let ids: Vec<&str> = document.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["Before", "Bad bytes", "After"]);
        assert_eq!(diagnostics(&document), ["9:17 document-invalid-bytes"]);
        assert_eq!(segment(&document, "After", None).target.text, "Après");
        check_document_offsets(&document);
    }

    #[test]
    fn malformed_entries_are_located_and_skipped() {
        let document = read_po("broken.po", &ReadOptions::default());
        let ids: Vec<&str> = document.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "Good one",
                "After error",
                "Unknown q escape",
                "Last good one"
            ]
        );
        assert_eq!(
            diagnostics(&document),
            [
                "4:7 po-unterminated-string",
                "10:1 po-unknown-keyword",
                "12:20 po-text-after-string",
                "15:16 po-unknown-escape",
                "16:21 po-unknown-escape",
                "18:1 po-missing-msgid",
                "23:1 po-missing-msgstr",
            ]
        );
        check_document_offsets(&document);
    }

    #[test]
    fn crlf_and_bom() {
        let text = "\u{FEFF}msgid \"One\"\r\nmsgstr \"Un\"\r\n\r\nmsgid \"Two\"\r\nmsgstr \"\"\r\n\"Deux\"\r\n";
        let document = po::parse(
            Path::new("crlf.po"),
            text.as_bytes(),
            &ReadOptions::default(),
        )
        .unwrap();
        let targets: Vec<&str> = document
            .segments
            .iter()
            .map(|s| s.target.text.as_str())
            .collect();
        assert_eq!(targets, ["Un", "Deux"]);
        assert!(document.diagnostics.is_empty());
        check_document_offsets(&document);
    }

    #[test]
    fn a_ten_megabyte_line() {
        let long = "a".repeat(10 << 20);
        let text = format!("msgid \"x\"\nmsgstr \"{long}\"\n");
        let document = po::parse(
            Path::new("long.po"),
            text.as_bytes(),
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(document.segments[0].target.text.len(), long.len());
    }
}

mod bad_input {
    use super::*;

    #[test]
    fn missing_target_is_an_error() {
        let spec = PairSpec {
            source: None,
            target: fixture("po/absent.po"),
        };
        let error = read(&spec, &ReadOptions::default()).unwrap_err();
        assert_eq!(error.message.id, "error-not-found");
    }

    #[test]
    fn fluent_without_source_is_an_error() {
        let spec = PairSpec {
            source: None,
            target: fixture("fluent/fr/app.ftl"),
        };
        let error = read(&spec, &ReadOptions::default()).unwrap_err();
        assert_eq!(error.message.id, "document-fluent-needs-source");
    }

    #[test]
    fn unknown_format_is_an_error() {
        let spec = PairSpec {
            source: None,
            target: fixture("../../readers.rs"),
        };
        let error = read(&spec, &ReadOptions::default()).unwrap_err();
        assert_eq!(error.message.id, "document-unknown-format");
    }

    #[test]
    fn a_file_and_a_directory_do_not_pair() {
        let spec = PairSpec {
            source: Some(fixture("fluent/en-US/app.ftl")),
            target: fixture("fluent/fr"),
        };
        let error = read(&spec, &ReadOptions::default()).unwrap_err();
        assert_eq!(error.message.id, "document-kind-mismatch");
    }

    #[test]
    fn binary_and_empty_files() {
        let binary = po::parse(Path::new("x.po"), b"msgid \"\0\"", &ReadOptions::default());
        assert_eq!(binary.unwrap_err().message.id, "error-binary-file");
        let empty = po::parse(Path::new("x.po"), b"", &ReadOptions::default()).unwrap();
        assert!(empty.segments.is_empty() && empty.diagnostics.is_empty());
        let empty =
            fluent::parse_pair((Path::new("en.ftl"), b""), (Path::new("fr.ftl"), b"")).unwrap();
        assert!(empty.segments.is_empty() && empty.diagnostics.is_empty());
    }

    #[test]
    fn a_directory_without_documents_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "nothing").unwrap();
        let spec = PairSpec {
            source: None,
            target: dir.path().to_owned(),
        };
        let error = read(&spec, &ReadOptions::default()).unwrap_err();
        assert_eq!(error.message.id, "document-no-documents");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const FLUENT_PIECES: &[&str] = &[
        "msg = ",
        "-term = ",
        "a",
        "é",
        "€",
        " ",
        "    ",
        "\n",
        "\r\n",
        "\t",
        "{ ",
        " }",
        "{",
        "}",
        "$count",
        "-term",
        "msg",
        ".attr = ",
        " ->\n",
        "[one] ",
        "*[other] ",
        "[many]",
        "\"",
        "\\",
        "\\u00E9",
        "NUMBER(",
        ")",
        ":",
        "# comment\n",
        "## group\n",
        "=",
        "-",
        "\u{FEFF}",
        "{ -t(case: \"x\") }",
        "{ $n ->\n *[other] x\n}\n",
    ];
    const PO_PIECES: &[&str] = &[
        "msgid ",
        "msgstr ",
        "msgctxt ",
        "msgid_plural ",
        "msgstr[0] ",
        "msgstr[1] ",
        "msgstr[x] ",
        "\"",
        "\"\"",
        "\\",
        "\\n",
        "\\303\\251",
        "\\x41",
        "\\q",
        "#, fuzzy\n",
        "#, c-format\n",
        "#~ ",
        "#| ",
        "# ",
        "\n",
        "\r\n",
        "%s",
        "%%",
        "%(n)d",
        "{0}",
        "{",
        "é",
        "abc",
        " ",
        "\t",
        "\u{FFFD}",
        "charset=",
        "Content-Type: text/plain; charset=ISO-8859-1\\n",
        "msgid \"\"\nmsgstr \"\"\n",
    ];

    fn pieces(alphabet: &'static [&'static str]) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(alphabet), 0..60).prop_map(|p| p.concat())
    }

    fn check_fluent(source: &[u8], target: &[u8]) {
        if let Ok(document) =
            fluent::parse_pair((Path::new("en.ftl"), source), (Path::new("fr.ftl"), target))
        {
            check_document_offsets(&document);
        }
    }

    fn check_po(bytes: &[u8]) {
        for include_fuzzy in [false, true] {
            let options = ReadOptions { include_fuzzy };
            if let Ok(document) = po::parse(Path::new("x.po"), bytes, &options) {
                check_document_offsets(&document);
            }
        }
    }

    proptest! {
        // 256 cases by default; PROPTEST_CASES=100000 for a longer hunt.
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn random_bytes_never_break_the_readers(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            check_fluent(&bytes, &bytes);
            check_po(&bytes);
        }

        #[test]
        fn fluent_like_text(source in pieces(FLUENT_PIECES), target in pieces(FLUENT_PIECES)) {
            check_fluent(source.as_bytes(), target.as_bytes());
            check_fluent(target.as_bytes(), target.as_bytes());
        }

        #[test]
        fn po_like_text(text in pieces(PO_PIECES)) {
            check_po(text.as_bytes());
        }

        #[test]
        fn well_formed_po_entries_read_back(
            entries in prop::collection::vec(("[a-zA-Zé %{}\\\\\"\n\t]{1,20}", "[a-zA-Zé %{}\\\\\"\n\t]{0,20}"), 1..10)
        ) {
            let mut text = String::new();
            for (i, (id, translation)) in entries.iter().enumerate() {
                text += &format!("msgctxt \"{i}\"\nmsgid \"{}\"\nmsgstr \"{}\"\n\n", escape(id), escape(translation));
            }
            let document = po::parse(Path::new("x.po"), text.as_bytes(), &ReadOptions::default()).unwrap();
            prop_assert!(document.diagnostics.is_empty());
            let expected = entries.iter().filter(|(_, t)| !t.is_empty()).count();
            prop_assert_eq!(document.segments.len(), expected);
            check_document_offsets(&document);
        }
    }

    fn escape(text: &str) -> String {
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('\t', "\\t")
    }
}

/// The readers on real corpora, run by hand:
/// `GLOSS_FLUENT_CORPUS=target/corpora/fluent GLOSS_PO_CORPUS=target/corpora/po
/// cargo test --release --test readers corpora -- --ignored --nocapture`
/// (the corpora come from the scripts named in BENCHMARKS.md).
#[test]
#[ignore = "needs the corpora"]
#[allow(clippy::print_stdout)] // a report read by hand
fn corpora() {
    let localizer = gloss::i18n::Localizer::for_locale("en-US");
    let mut specs = Vec::new();
    if let Ok(fluent) = std::env::var("GLOSS_FLUENT_CORPUS") {
        let root = PathBuf::from(fluent);
        specs.push(PairSpec {
            source: Some(root.join("en-US")),
            target: root.join("fr"),
        });
    }
    if let Ok(po) = std::env::var("GLOSS_PO_CORPUS") {
        specs.push(PairSpec {
            source: None,
            target: PathBuf::from(po),
        });
    }
    for spec in specs {
        let documents = read(&spec, &ReadOptions::default()).unwrap();
        let mut segments = 0;
        let mut term_refs = 0;
        let mut diagnostics = 0;
        for document in &documents {
            check_document_offsets(document);
            segments += document.segments.len();
            term_refs += document
                .segments
                .iter()
                .map(|s| s.target.term_refs.len())
                .sum::<usize>();
            for diagnostic in &document.diagnostics {
                diagnostics += 1;
                println!(
                    "{}",
                    gloss::printers::diagnostics::render_concise(diagnostic, &localizer)
                );
            }
        }
        println!(
            "{}: {} documents, {segments} segments, {term_refs} target term references, {diagnostics} diagnostics",
            spec.target.display(),
            documents.len()
        );
    }
}
