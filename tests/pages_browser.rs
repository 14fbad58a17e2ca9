//! The generated site in a real browser: headless Chromium loads the pages
//! from disk, runs their script and hands back the resulting DOM (and a
//! screenshot). Skipped, with the reason printed, only when no Chromium can
//! be found (`CHROMIUM` names one explicitly).
//!
//! `UPDATE_SCREENSHOT=1 cargo test --test pages_browser` also copies the
//! screenshot to `docs/pages-screenshot.png`, the picture the README shows.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{TERM_IDS, TERMS, gloss, glossary_in};

/// How long one browser run may take before it is stopped.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

fn find_chromium() -> Option<PathBuf> {
    if let Some(explicit) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(explicit)).filter(|path| path.is_file());
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}

/// The browser, or `None` after saying why the test is skipped.
fn chromium(test: &str) -> Option<PathBuf> {
    let found = find_chromium();
    if found.is_none() {
        let _ = writeln!(
            std::io::stderr(),
            "{test}: skipped: no Chromium found (CHROMIUM names no file, or none on PATH): \
             install Debian's chromium or set CHROMIUM"
        );
    }
    found
}

/// Runs headless Chromium on `url` with a fresh profile; returns its stdout.
fn run_chromium(binary: &Path, extra: &[String], url: &str) -> String {
    let profile = tempfile::tempdir().expect("a temporary profile");
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--allow-file-access-from-files",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Chromium starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let started = Instant::now();
    loop {
        if child
            .try_wait()
            .expect("Chromium can be waited for")
            .is_some()
        {
            break;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("Chromium did not finish within {BROWSER_TIMEOUT:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().expect("the reader thread ends")
}

/// The DOM of `url` once its script has run.
fn dom(binary: &Path, url: &str) -> String {
    let extra = [
        "--virtual-time-budget=5000".to_owned(),
        "--dump-dom".to_owned(),
    ];
    let dom = run_chromium(binary, &extra, url);
    assert!(dom.contains("</html>"), "no DOM for {url}: {dom}");
    dom
}

/// Writes the site of `glossary` (with the given global options) under `dir/site`.
fn site(dir: &Path, glossary: &str, options: &[&str]) -> PathBuf {
    let glossary = glossary_in(dir, glossary);
    let out = dir.join("site");
    gloss()
        .args(options)
        .arg("--glossary")
        .arg(glossary)
        .arg("pages")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    out
}

fn url(page: &Path, suffix: &str) -> String {
    format!("file://{}{suffix}", page.display())
}

/// The inner HTML of the element with this id (up to the next `</div>`).
fn results(dom: &str) -> &str {
    let start = dom.find("id=\"_results\"").expect("the results element");
    let end = dom[start..].find("</div>").map_or(dom.len(), |e| start + e);
    &dom[start..end]
}

#[test]
fn the_index_lists_every_concept_and_targets_anchors() {
    let Some(browser) = chromium("the_index_lists_every_concept_and_targets_anchors") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = site(dir.path(), TERMS, &[]);
    let index = out.join("index.html");
    let dom = dom(&browser, &url(&index, "#cellule-souche"));
    for id in TERM_IDS {
        assert!(dom.contains(&format!("id=\"{id}\"")), "{id} missing");
    }
    assert!(
        dom.contains("<article class=\"concept current\" id=\"cellule-souche\""),
        "the targeted concept is marked"
    );
    assert!(
        dom.contains("<form id=\"_tools\" class=\"tools\" role=\"search\">"),
        "the script shows the search form"
    );
    let french_first = dom_of_direction(&browser, &out.join("fr-en.html"));
    for id in TERM_IDS {
        assert!(
            french_first.contains(&format!("id=\"{id}\"")),
            "{id} missing in fr-en"
        );
    }
}

fn dom_of_direction(browser: &Path, page: &Path) -> String {
    let dom = dom(browser, &url(page, "#keratinocyte"));
    assert!(dom.contains("<article class=\"concept current\" id=\"keratinocyte\""));
    dom
}

#[test]
fn typing_a_forbidden_form_shows_the_approved_term() {
    let Some(browser) = chromium("typing_a_forbidden_form_shows_the_approved_term") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = site(dir.path(), TERMS, &[]);
    let index = out.join("index.html");
    let dom = dom(&browser, &url(&index, "?q=cellule%20m%C3%A8re"));
    let found = results(&dom);
    assert!(
        found.contains("class=\"forbidden\">cellule mère</span>"),
        "{found}"
    );
    assert!(found.contains("not approved: use"), "{found}");
    assert!(
        found.contains("class=\"approved\">cellule souche</span>"),
        "{found}"
    );
    assert!(
        found.contains("href=\"index.html#cellule-souche\""),
        "{found}"
    );

    // Typed without accents and in capitals, the search still finds it.
    let dom = dom_for(&browser, &index, "?q=CELLULE%20MERE");
    assert!(results(&dom).contains("cellule souche"));

    let dom = dom_for(&browser, &index, "?q=zzzz");
    assert!(results(&dom).contains("No term matches."));
}

fn dom_for(browser: &Path, page: &Path, query: &str) -> String {
    dom(browser, &url(page, query))
}

#[test]
fn the_domain_filter_hides_other_domains() {
    let Some(browser) = chromium("the_domain_filter_hides_other_domains") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = site(dir.path(), TERMS, &[]);
    let dom = dom(&browser, &url(&out.join("index.html"), "?domain=surgery"));
    assert!(
        dom.contains("<article class=\"concept\" id=\"greffe-cutanee\" data-domain=\"surgery\">")
    );
    assert!(dom.contains("id=\"epiderme\" data-domain=\"dermatology\" hidden=\"\""));
}

#[test]
fn french_chrome_with_lang_fr() {
    let Some(browser) = chromium("french_chrome_with_lang_fr") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = site(dir.path(), TERMS, &["--lang", "fr"]);
    let dom = dom(&browser, &url(&out.join("index.html"), "?q=cellule%20mere"));
    assert!(dom.contains("<html lang=\"fr\""));
    assert!(dom.contains("Rechercher dans le glossaire"));
    assert!(dom.contains("anglais → français"));
    // French typography: a no-break space before the colon, which the
    // serialised DOM may write as an entity.
    let results = results(&dom).replace("&nbsp;", "\u{a0}");
    assert!(results.contains("à proscrire\u{a0}: employez"), "{results}");
}

#[test]
fn a_stable_link_reaches_a_concept_on_its_letter_page() {
    let Some(browser) = chromium("a_stable_link_reaches_a_concept_on_its_letter_page") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[glossary]\nlanguages = [\"en\", \"fr\"]\n");
    for n in 0..1_100 {
        let letter = (b'a' + (n % 2) as u8) as char;
        text += &format!("[terms.t{n}]\nen = \"{letter}term {n}\"\nfr = \"{letter}terme {n}\"\n");
    }
    let out = site(dir.path(), &text, &[]);
    let dom = dom(&browser, &url(&out.join("index.html"), "#t1001"));
    assert!(
        dom.contains("<article class=\"concept current\" id=\"t1001\""),
        "index.html#t1001 leads to b.html#t1001"
    );
}

#[test]
fn screenshot_of_the_search() {
    let Some(browser) = chromium("screenshot_of_the_search") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = site(dir.path(), TERMS, &[]);
    let picture = dir.path().join("pages-screenshot.png");
    let extra = [
        "--virtual-time-budget=5000".to_owned(),
        "--window-size=1100,820".to_owned(),
        format!("--screenshot={}", picture.display()),
    ];
    run_chromium(
        &browser,
        &extra,
        &url(&out.join("index.html"), "?q=cellule%20m%C3%A8re"),
    );
    let bytes = std::fs::read(&picture).expect("Chromium wrote the screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(bytes.len() > 10_000, "a page, not a blank picture");
    if std::env::var_os("UPDATE_SCREENSHOT").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join("pages-screenshot.png"), bytes).unwrap();
    }
}
