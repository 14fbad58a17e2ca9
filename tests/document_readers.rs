//! The readers of translated documents (Markdown, HTML, plain text, DOCX,
//! XLIFF, JSON) on fixtures: the segment pairs they give, snapshotted with
//! the line and column of each side, the offset maps checked against the
//! files, and bad input turned into located diagnostics.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use gloss::documents::{Document, Format, PLACEHOLDER, PairSpec, ReadOptions, SegmentText, read};
use gloss::source::SourceFile;
use proptest::prelude::*;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(path)
}

fn read_pair(source: Option<&str>, target: &str, options: &ReadOptions) -> Document {
    let spec = PairSpec {
        source: source.map(fixture),
        target: fixture(target),
        format: None,
    };
    let mut documents = read(&spec, options).expect("readable");
    assert_eq!(documents.len(), 1);
    let document = documents.remove(0);
    check_offsets(&document);
    document
}

/// Every run of every text is in bounds and either a copy of the file, a
/// placeholder, a space standing for a line break or markup, or a decoded
/// reference or escape.
fn check_offsets(document: &Document) {
    let target = &document.target;
    let source = document.source.as_ref().unwrap_or(target);
    for segment in &document.segments {
        for (text, file) in [(&segment.source, source), (&segment.target, target)] {
            for (index, &(start, at)) in text.offsets.iter().enumerate() {
                let end = text.offsets.get(index + 1).map_or(text.text.len(), |n| n.0);
                let piece = &text.text[start..end];
                assert!(at <= file.text.len() && file.text.is_char_boundary(at));
                let copy = file.text.get(at..at + piece.len()) == Some(piece);
                let stands_for = piece.starts_with([PLACEHOLDER, ' ', '\n'])
                    || file.text[at..].starts_with(['&', '\\']);
                assert!(copy || stands_for, "{piece:?} at {at} of {:?}", file.path);
            }
        }
    }
}

/// A text for the snapshots: `⟨⟩` for each placeholder, line:column of its
/// first byte.
fn show(text: &SegmentText, file: &SourceFile) -> String {
    let (line, column) = file.line_column(text.file_offset(0));
    let shown = text.text.replace(PLACEHOLDER, "⟨⟩").replace('\n', "⏎");
    format!("{line}:{column} {shown}")
}

/// The segments and diagnostics of a document, one per line.
fn render(document: &Document) -> String {
    let mut out = String::new();
    let target = &document.target;
    let source = document.source.as_ref().unwrap_or(target);
    for segment in &document.segments {
        let variant = segment
            .variant
            .as_deref()
            .map_or(String::new(), |v| format!(" [{v}]"));
        let _ = writeln!(out, "{}{variant}", segment.id);
        let _ = writeln!(out, "  S {}", show(&segment.source, source));
        let _ = writeln!(out, "  T {}", show(&segment.target, target));
    }
    for diagnostic in &document.diagnostics {
        let (line, column) = diagnostic
            .location
            .as_ref()
            .map_or((0, 0), |l| l.line_column());
        let _ = writeln!(out, "! {line}:{column} {}", diagnostic.message.id);
    }
    out
}

#[test]
fn markdown_pair() {
    let document = read_pair(
        Some("markdown/leaflet.en.md"),
        "markdown/leaflet.fr.md",
        &ReadOptions::default(),
    );
    assert_eq!(document.format, Format::Markdown);
    insta::assert_snapshot!(render(&document));
}

#[test]
fn markdown_unclosed_fence_is_reported() {
    let document = read_pair(
        Some("markdown/unclosed.md"),
        "markdown/unclosed.md",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn plain_text_pair() {
    let document = read_pair(
        Some("text/notice.en.txt"),
        "text/notice.fr.txt",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn html_pair() {
    let document = read_pair(
        Some("html/page.en.html"),
        "html/page.fr.html",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn html_unclosed_skipped_element_is_reported() {
    let document = read_pair(
        Some("html/unclosed.html"),
        "html/unclosed.html",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn xliff_1_2() {
    let document = read_pair(None, "xliff/leaflet-1.2.xlf", &ReadOptions::default());
    assert_eq!(document.format, Format::Xliff);
    insta::assert_snapshot!(render(&document));
}

#[test]
fn xliff_2_0() {
    let document = read_pair(None, "xliff/leaflet-2.0.xlf", &ReadOptions::default());
    insta::assert_snapshot!(render(&document));
}

#[test]
fn xliff_drafts_are_read_with_include_fuzzy() {
    let options = ReadOptions {
        include_fuzzy: true,
    };
    let ids: Vec<String> = read_pair(None, "xliff/leaflet-2.0.xlf", &options)
        .segments
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert!(ids.contains(&"intro/s2".to_owned()), "{ids:?}");
}

#[test]
fn xliff_bad_input() {
    let mut out = String::new();
    for name in [
        "xxe.xlf",
        "billion-laughs.xlf",
        "no-targets.xlf",
        "malformed.xlf",
    ] {
        let document = read_pair(None, &format!("xliff/{name}"), &ReadOptions::default());
        let _ = writeln!(out, "## {name}\n{}", render(&document));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn json_i18next_pair() {
    let document = read_pair(
        Some("json/en.json"),
        "json/fr.json",
        &ReadOptions::default(),
    );
    assert_eq!(document.format, Format::Json);
    insta::assert_snapshot!(render(&document));
}

#[test]
fn json_arb_pair() {
    let document = read_pair(
        Some("json/app_en.arb"),
        "json/app_fr.arb",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn json_bom_duplicate_key_and_trailing_garbage() {
    let document = read_pair(
        Some("json/bad.json"),
        "json/bad.json",
        &ReadOptions::default(),
    );
    insta::assert_snapshot!(render(&document));
}

#[test]
fn docx_pair() {
    let document = read_pair(
        Some("docx/summary.en.docx"),
        "docx/summary.fr.docx",
        &ReadOptions::default(),
    );
    assert_eq!(document.format, Format::Docx);
    insta::assert_snapshot!(render(&document));
}

#[test]
fn docx_bad_input_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(fixture("docx/summary.en.docx")).unwrap();
    let cases: [(&str, Vec<u8>); 3] = [
        ("not-a-zip.docx", b"plain text, not a zip".to_vec()),
        ("truncated.docx", good[..good.len() / 2].to_vec()),
        ("empty.docx", Vec::new()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let spec = PairSpec {
            source: Some(fixture("docx/summary.en.docx")),
            target: path,
            format: None,
        };
        let error = read(&spec, &ReadOptions::default()).expect_err(name);
        assert_eq!(error.message.id, "documents-docx-unreadable", "{name}");
    }
}

#[test]
fn docx_zip_bomb_and_path_traversal_are_refused() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let write_zip = |name: &str, members: &[(&str, usize)]| {
        let path = dir.path().join(name);
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        for (member, size) in members {
            zip.start_file(*member, options).unwrap();
            let chunk = vec![b' '; 1 << 20];
            let mut left = *size;
            while left > 0 {
                let n = left.min(chunk.len());
                zip.write_all(&chunk[..n]).unwrap();
                left -= n;
            }
        }
        zip.finish().unwrap();
        path
    };
    let bomb = write_zip("bomb.docx", &[("word/document.xml", 65 << 20)]);
    let traversal = write_zip(
        "traversal.docx",
        &[("word/document.xml", 10), ("../../evil.xml", 10)],
    );
    for target in [bomb, traversal] {
        let spec = PairSpec {
            source: Some(fixture("docx/summary.en.docx")),
            target: target.clone(),
            format: None,
        };
        let error = read(&spec, &ReadOptions::default()).expect_err("refused");
        assert_eq!(error.message.id, "documents-docx-unreadable", "{target:?}");
    }
}

#[test]
fn sides_of_different_formats_are_an_error() {
    let spec = PairSpec {
        source: Some(fixture("markdown/leaflet.en.md")),
        target: fixture("html/page.fr.html"),
        format: None,
    };
    let error = read(&spec, &ReadOptions::default()).expect_err("mismatch");
    assert_eq!(error.message.id, "documents-format-mismatch");
}

#[test]
fn a_configured_format_overrides_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("a.en.page");
    let target = dir.path().join("a.fr.page");
    std::fs::write(&source, "# Stem cells\n").unwrap();
    std::fs::write(&target, "# Cellules souches\n").unwrap();
    let spec = PairSpec {
        source: Some(source),
        target,
        format: Some(Format::Markdown),
    };
    let documents = read(&spec, &ReadOptions::default()).expect("read");
    assert_eq!(documents[0].segments[0].id, "heading-1");
}

/// Writes `text` as a document of `extension` twice and reads the pair.
fn self_pair(extension: &str, text: &str) -> Document {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join(format!("a.{extension}"));
    let target = dir.path().join(format!("b.{extension}"));
    std::fs::write(&source, text).unwrap();
    std::fs::write(&target, text).unwrap();
    let spec = PairSpec {
        source: Some(source),
        target,
        format: None,
    };
    let mut documents = read(&spec, &ReadOptions::default()).expect("read");
    documents.remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any document paired with itself pairs each block with itself: every
    /// segment's source and target texts are equal (so no term can be
    /// missing), and no reader panics on arbitrary input.
    #[test]
    fn a_document_paired_with_itself_pairs_identical_texts(
        text in "[a-zA-Z0-9 #*_`<>/&;{}\\[\\]()!|\\-\n.,:\"'=é]{0,300}",
        extension in prop::sample::select(vec!["md", "html", "txt", "json"]),
    ) {
        let document = self_pair(extension, &text);
        check_offsets(&document);
        for segment in &document.segments {
            prop_assert_eq!(&segment.source.text, &segment.target.text);
        }
    }
}
