//! Helpers shared by the CLI tests: the binary, fixture copies, and a strict
//! checker of HTML structure.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::assert::Assert;

/// The fixture glossary of the lookup and pages tests.
pub const TERMS: &str = include_str!("../fixtures/terms/glossary.toml");

/// The concept ids of [`TERMS`], in file order.
pub const TERM_IDS: [&str; 7] = [
    "cellule-souche",
    "keratinocyte",
    "therapeutique-dermatologique",
    "greffe-cutanee",
    "epiderme",
    "csm",
    "vitiligo",
];

/// The gloss binary, with colours off and the environment's language ignored.
pub fn gloss() -> Command {
    let mut command = Command::cargo_bin("gloss").expect("the binary is built");
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    command
}

/// The gloss binary run in `dir`, as [`gloss`].
pub fn gloss_in(dir: &Path) -> Command {
    let mut command = gloss();
    command.current_dir(dir);
    command
}

/// The gloss binary run in `dir` on the `glossary.toml` there, as the
/// editing and exchange tests use it.
pub fn gloss_on_glossary_in(dir: &Path) -> Command {
    let mut command = gloss_in(dir);
    command.args(["--glossary", "glossary.toml"]);
    command
}

/// Writes `content` as `name` in `dir` and returns its path.
pub fn write_in(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("the temporary directory is writable");
    path
}

/// Writes `text` as `glossary.toml` in `dir` and returns its path.
pub fn glossary_in(dir: &Path, text: &str) -> PathBuf {
    write_in(dir, "glossary.toml", text)
}

/// A new temporary directory holding `text` as its `glossary.toml`, and the
/// path of that file.
pub fn temp_glossary(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = glossary_in(dir.path(), text);
    (dir, path)
}

/// The text of a file the test expects to be there.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a finished command wrote on standard output.
pub fn stdout(assert: &Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("the output is UTF-8")
}

/// What a run wrote on standard output, after checking its exit code and
/// that it did not panic.
pub fn stdout_with_code(command: &mut Command, code: i32) -> String {
    let output = command.assert().code(code).get_output().clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// The JSON a finished command wrote on standard output.
pub fn json(assert: &Assert) -> serde_json::Value {
    serde_json::from_slice(&assert.get_output().stdout).expect("the output is JSON")
}

/// A term finding as the gold sets list it: (segment, rule, term).
pub type Triple = (String, String, String);

/// The rules the gold sets cover.
pub const TERM_RULES: [&str; 2] = ["missing-term", "forbidden-term"];

/// The findings of a gold set (`gold.jsonl`: one `{"seg", "rule", "term"}`
/// object per line).
pub fn gold_triples(path: &str) -> BTreeSet<Triple> {
    read(Path::new(path))
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |name: &str| value[name].as_str().unwrap().to_owned();
            (field("seg"), field("rule"), field("term"))
        })
        .collect()
}

/// The term findings (those of [`TERM_RULES`]) of `gloss --glossary
/// <glossary> check --format json <args>`, which must report some at error
/// severity.
pub fn term_findings(glossary: &str, args: &[&str]) -> BTreeSet<Triple> {
    term_findings_against(glossary, args, &BTreeSet::new())
}

/// [`term_findings`], where a finding that names several candidate concepts
/// (homonyms sharing the source word) counts for the one `gold` names in
/// the same segment and rule, if any: the finding offers every sense.
pub fn term_findings_against(
    glossary: &str,
    args: &[&str],
    gold: &BTreeSet<Triple>,
) -> BTreeSet<Triple> {
    let output = gloss()
        .args(["--glossary", glossary])
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| TERM_RULES.contains(&f["rule"].as_str().unwrap()))
        .map(|f| {
            let field = |name: &str| f[name].as_str().unwrap().to_owned();
            let (segment, rule) = (field("segment"), field("rule"));
            let candidates = f["candidates"].as_array().into_iter().flatten();
            let term = candidates
                .filter_map(|c| c.as_str())
                .find(|c| gold.contains(&(segment.clone(), rule.clone(), (*c).to_owned())))
                .map_or_else(|| field("term"), str::to_owned);
            (segment, rule, term)
        })
        .collect()
}

const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Checks that `html` is well formed in the strict sense gloss writes it:
/// one doctype, every element closed in order (void elements excepted),
/// attributes quoted, no `<` or stray `&` in text, script and style bodies
/// skipped. Returns the first problem with its byte offset.
pub fn check_html(html: &str) -> Result<(), String> {
    let bytes = html.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut at = 0;
    if !html.starts_with("<!DOCTYPE html>") {
        return Err("no doctype".into());
    }
    at += "<!DOCTYPE html>".len();
    while at < bytes.len() {
        match bytes[at] {
            b'<' if html[at..].starts_with("<!--") => {
                let end = html[at..]
                    .find("-->")
                    .ok_or(format!("{at}: open comment"))?;
                at += end + 3;
            }
            b'<' if html[at..].starts_with("</") => {
                let end = html[at..].find('>').ok_or(format!("{at}: open end tag"))?;
                let name = html[at + 2..at + end].trim().to_ascii_lowercase();
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => return Err(format!("{at}: </{name}> closes {other:?}")),
                }
                at += end + 1;
            }
            b'<' => {
                let (name, end) = start_tag(html, at)?;
                at = end;
                if name == "script" || name == "style" {
                    let close = format!("</{name}>");
                    let end = html[at..]
                        .find(&close)
                        .ok_or(format!("{at}: open {name}"))?;
                    at += end + close.len();
                } else if !VOID.contains(&name.as_str()) {
                    stack.push(name);
                }
            }
            b'&' => {
                let rest = &html[at + 1..];
                let entity = rest
                    .find(';')
                    .filter(|end| {
                        *end > 0
                            && *end < 10
                            && rest[..*end]
                                .trim_start_matches('#')
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric())
                    })
                    .ok_or(format!("{at}: stray &"))?;
                at += entity + 2;
            }
            b'>' => return Err(format!("{at}: stray > in text")),
            _ => at += 1,
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed elements: {stack:?}"))
    }
}

/// Parses a start tag at `at`: its name, and the offset after it.
fn start_tag(html: &str, at: usize) -> Result<(String, usize), String> {
    let bytes = html.as_bytes();
    let mut i = at + 1;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let name = html[at + 1..i].to_ascii_lowercase();
    if name.is_empty() {
        return Err(format!("{at}: < in text"));
    }
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => return Err(format!("{at}: open tag <{name}")),
            Some(b'>') => return Ok((name, i + 1)),
            Some(_) => {
                let start = i;
                while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b' ' | b'\n') {
                    if matches!(bytes[i], b'"' | b'\'' | b'<') {
                        return Err(format!("{i}: bad attribute name in <{name}>"));
                    }
                    i += 1;
                }
                if i == start {
                    return Err(format!("{i}: empty attribute in <{name}>"));
                }
                if bytes.get(i) == Some(&b'=') {
                    if bytes.get(i + 1) != Some(&b'"') {
                        return Err(format!("{i}: unquoted attribute in <{name}>"));
                    }
                    let end = html[i + 2..]
                        .find('"')
                        .ok_or(format!("{i}: open attribute in <{name}>"))?;
                    let value = &html[i + 2..i + 2 + end];
                    if value.contains('<') || value.contains('>') {
                        return Err(format!("{i}: < or > in an attribute of <{name}>"));
                    }
                    i += 2 + end + 1;
                }
            }
        }
    }
}

/// A copy of the repository's demo (gloss.toml, glossary, examples and
/// locales) in a temporary directory, for commands that edit or read it.
pub fn demo_copy() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("gloss.toml"), dir.path().join("gloss.toml")).unwrap();
    for sub in ["glossary", "examples", "locales"] {
        copy_dir(&root.join(sub), &dir.path().join(sub));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
