//! `gloss pages` on the real binary: structure of every page, escaping of
//! hostile text, localised chrome, pagination, Markdown, empty glossary.

mod common;

use std::path::Path;

use common::{TERM_IDS, TERMS, check_html, gloss, glossary_in, read};
use predicates::prelude::*;

fn pages(glossary: &Path, out: &Path, extra: &[&str]) {
    gloss()
        .args(extra)
        .arg("--glossary")
        .arg(glossary)
        .arg("pages")
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

/// Every `.html` file under `dir`, checked, with its text.
fn html_files(dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                let text = read(&path);
                if let Err(problem) = check_html(&text) {
                    panic!("{}: {problem}", path.display());
                }
                files.push((path, text));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_structure_checker_tells_broken_from_sound() {
    assert!(check_html("<!DOCTYPE html><p>a &amp; b</p>").is_ok());
    assert!(check_html("<!DOCTYPE html><p><br>x<script>if (a < b) {}</script></p>").is_ok());
    assert!(check_html("<!DOCTYPE html><p>a</div>").is_err());
    assert!(check_html("<!DOCTYPE html><p>a & b</p>").is_err());
    assert!(check_html("<!DOCTYPE html><p title=x>a</p>").is_err());
    assert!(check_html("<!DOCTYPE html><p>").is_err());
    assert!(check_html("<!DOCTYPE html><p>1 < 2</p>").is_err());
}

#[test]
fn both_directions_list_every_concept_with_an_anchor() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), TERMS);
    let out = dir.path().join("site");
    pages(&glossary, &out, &[]);
    let files = html_files(&out);
    let names: Vec<_> = files
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["fr-en.html", "index.html"]);
    let ids = TERM_IDS;
    for (path, text) in &files {
        for id in ids {
            assert_eq!(
                text.matches(&format!("<article class=\"concept\" id=\"{id}\""))
                    .count(),
                1,
                "{id} in {}",
                path.display()
            );
        }
    }
    let index = read(&out.join("index.html"));
    assert!(index.contains("<html lang=\"en-US\""));
    assert!(index.contains("<strong lang=\"fr\" dir=\"auto\">cellule souche</strong>"));
    assert!(index.contains("<del lang=\"fr\" dir=\"auto\">cellule mère</del>"));
    assert!(index.contains("<h3 lang=\"en\" dir=\"auto\">stem cell</h3>"));
    assert!(index.contains("<label for=\"_q\">"));
    assert!(index.contains("href=\"#_s\""));
    // Sorted by the English term on the home page, by the French one on fr-en.
    let position = |text: &str, id: &str| text.find(&format!("id=\"{id}\"")).unwrap();
    assert!(position(&index, "epiderme") < position(&index, "cellule-souche"));
    let french = read(&out.join("fr-en.html"));
    assert!(position(&french, "cellule-souche") < position(&french, "epiderme"));
    for asset in ["style.css", "search.js", "search-index.js"] {
        assert!(out.join(asset).is_file(), "{asset}");
    }
    let css = read(&out.join("style.css"));
    assert!(css.contains("@media print"));
}

#[test]
fn the_search_index_is_json_naming_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), TERMS);
    let out = dir.path().join("site");
    pages(&glossary, &out, &[]);
    let script = read(&out.join("search-index.js"));
    let json = script
        .strip_prefix("window.glossIndex = ")
        .and_then(|s| s.trim_end().strip_suffix(';'))
        .expect("one assignment");
    let index: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(index["concepts"].as_array().unwrap().len(), 7);
    assert!(json.contains("\"cellule mère\""));
    assert_eq!(index["pages"][0], "index.html");
}

#[test]
fn french_chrome_with_lang_fr() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), TERMS);
    let out = dir.path().join("site");
    pages(&glossary, &out, &["--lang", "fr"]);
    let index = read(&out.join("index.html"));
    assert!(index.contains("<html lang=\"fr\""));
    assert!(index.contains("Rechercher dans le glossaire"));
    assert!(index.contains("anglais → français"));
    assert!(index.contains("À proscrire\u{a0}:"));
    assert!(index.contains("(nom, féminin)"));
}

const HOSTILE: &str = r#"
[glossary]
title = "<b>Bold</b> & \"quoted\" title"
languages = ["en", "fr"]

[terms.script]
domain = "x\" onmouseover=\"alert(1)"
note = "</article></main><!-- & -->"
en = { term = "<script>alert('en')</script>", definition = "<script>alert(1)</script> & <img src=x onerror=alert(2)>" }
fr = { term = "« guillemets » \"droits\" 'simples'", variants = ["a < b > c"], forbidden = ["</del><script>alert(3)</script>"] }

[terms.rtl]
en = "peace 🕊️"
fr = { term = "שלום עולם", definition = "سلام — نص من اليمين إلى اليسار" }

[terms.emoji]
en = "🧬 gene"
fr = "🧬 gène"

[terms.entity]
en = "&amp; &lt;not a tag&gt;"
fr = "{{ template }} {% raw %}"
"#;

#[test]
fn hostile_text_renders_inert() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), HOSTILE);
    let out = dir.path().join("site");
    pages(&glossary, &out, &[]);
    for (path, text) in html_files(&out) {
        let scripts: Vec<_> = text.match_indices("<script").collect();
        assert_eq!(
            scripts.len(),
            2,
            "{}: only gloss's own scripts",
            path.display()
        );
        assert!(!text.contains("<img"), "{}", path.display());
        assert!(!text.contains("<b>"), "{}", path.display());
        assert!(text.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
        assert!(text.contains("&#38;amp; &#38;lt;not a tag&#38;gt;"));
        assert!(text.contains("{{ template }} {% raw %}"));
        assert!(text.contains("שלום עולם"));
        assert!(text.contains("🧬 gène"));
    }
    let markdown = dir.path().join("md");
    gloss()
        .arg("--glossary")
        .arg(&glossary)
        .args(["pages", "--format", "markdown", "--out"])
        .arg(&markdown)
        .assert()
        .success();
    let text = read(&markdown.join("index.md"));
    for tag in ["<script", "<img", "<b>", "</article"] {
        for (at, _) in text.match_indices(tag) {
            assert!(text[..at].ends_with('\\'), "raw {tag} at {at}: {text}");
        }
    }
    assert!(text.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(text.contains("<a id=\"script\"></a>"));
}

#[test]
fn an_empty_glossary_renders_soundly() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), "[glossary]\nlanguages = [\"en\", \"fr\"]\n");
    gloss()
        .arg("--glossary")
        .arg(&glossary)
        .args(["pages", "--out"])
        .arg(dir.path().join("site"))
        .assert()
        .success();
    let home = read(&dir.path().join("site/index.html"));
    check_html(&home).unwrap();
    assert!(home.contains("no concept yet"));
    // The renderer itself copes with no concept at all.
    let localizer = gloss::i18n::Localizer::for_locale("en");
    let empty = gloss::glossary::Glossary::default();
    for file in gloss::pages::render(&empty, &localizer, gloss::pages::Format::Html) {
        if file.path.extension().is_some_and(|e| e == "html") {
            check_html(&file.contents).unwrap();
            assert!(file.contents.contains("no concept yet"));
        }
    }
    let markdown = gloss::pages::render(&empty, &localizer, gloss::pages::Format::Markdown);
    assert!(markdown[0].contents.contains("no concept yet"));
}

#[test]
fn a_large_glossary_is_paginated_by_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[glossary]\nlanguages = [\"en\", \"fr\"]\n");
    for n in 0..1_200 {
        let letter = (b'a' + (n % 3) as u8) as char;
        text += &format!("[terms.t{n}]\nen = \"{letter}term {n}\"\nfr = \"{letter}terme {n}\"\n");
    }
    let glossary = glossary_in(dir.path(), &text);
    let out = dir.path().join("site");
    pages(&glossary, &out, &[]);
    let files = html_files(&out);
    // Home, then 3 letters in each of 2 directions.
    assert_eq!(files.len(), 7);
    let home = read(&out.join("index.html"));
    assert!(home.contains("href=\"en-fr/a.html\""));
    assert!(home.contains("href=\"fr-en/c.html\""));
    assert!(!home.contains("class=\"concept\""));
    let letter = read(&out.join("en-fr/b.html"));
    assert_eq!(letter.matches("class=\"concept\"").count(), 400);
    assert!(letter.contains("href=\"../style.css\""));
    assert!(letter.contains("aria-current=\"page\">B</a>"));
    assert!(letter.contains("<a href=\"../index.html\">Home</a>"));
    assert!(home.contains("<a href=\"index.html\" aria-current=\"page\">Home</a>"));
}

#[test]
fn markdown_pages_for_wikis() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), TERMS);
    let out = dir.path().join("md");
    gloss()
        .arg("--glossary")
        .arg(&glossary)
        .args(["pages", "--format", "markdown", "--out"])
        .arg(&out)
        .assert()
        .success();
    let text = read(&out.join("index.md"));
    insta::assert_snapshot!(text);
    assert!(out.join("fr-en.md").is_file());
}

/// The printed place of the site can be pasted into a shell or a browser,
/// whatever characters the directory name holds.
#[test]
fn the_printed_place_of_the_site_can_be_pasted() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = glossary_in(dir.path(), common::TERMS);
    gloss()
        .current_dir(dir.path())
        .arg("--glossary")
        .arg(&glossary)
        .args(["pages", "--out", "site publié"])
        .assert()
        .success()
        .stdout(predicate::str::contains("file:///"))
        .stdout(predicate::str::contains("/site%20publi%C3%A9/index.html\n"));
    gloss()
        .current_dir(dir.path())
        .arg("--glossary")
        .arg(&glossary)
        .args(["pages", "--format", "markdown", "--out", "wiki publié"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with("open 'wiki publié/index.md'\n"));
}
