//! Reading the glossary as it was in a git revision (`git ls-tree` and
//! `git show`), for `gloss diff HEAD~1`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::decode_utf8;

/// True when `name` names a commit of the repository around `dir`.
pub fn is_revision(name: &str, dir: &Path) -> bool {
    git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{name}^{{commit}}"),
        ],
    )
    .is_ok()
}

/// The `*.toml` files under the glossary `paths` at `revision`, as
/// (`REV:path`, text) pairs in path order. A path absent from the revision
/// contributes nothing.
pub fn revision_files(
    revision: &str,
    paths: &[PathBuf],
) -> Result<Vec<(PathBuf, String)>, Diagnostic> {
    let mut files = Vec::new();
    for path in paths {
        let absolute = std::env::current_dir().unwrap_or_default().join(path);
        let anchor = absolute
            .ancestors()
            .find(|p| p.is_dir())
            .unwrap_or(&absolute)
            .to_owned();
        let rest = absolute.strip_prefix(&anchor).unwrap_or(Path::new(""));
        let top = text(git(&anchor, &["rev-parse", "--show-toplevel"])?);
        let top = PathBuf::from(top.trim_end());
        let top = top.canonicalize().unwrap_or(top);
        let absolute = anchor.canonicalize().unwrap_or(anchor).join(rest);
        let relative = absolute.strip_prefix(&top).unwrap_or(&absolute);
        let spec = relative.to_string_lossy().replace('\\', "/");
        let listing = text(git(
            &top,
            &["ls-tree", "-r", "-z", "--name-only", revision, "--", &spec],
        )?);
        let mut names: Vec<&str> = listing
            .split('\0')
            .filter(|name| name.ends_with(".toml"))
            .collect();
        names.sort_unstable();
        for name in names {
            let label = PathBuf::from(format!("{revision}:{name}"));
            let bytes = git(&top, &["show", &format!("{revision}:{name}")])?;
            let content = decode_utf8(&label, bytes).map_err(Diagnostic::from)?;
            files.push((label, content));
        }
    }
    Ok(files)
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs git in `dir` and returns its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Diagnostic> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| Diagnostic::error(msg!("diff-git-failed", reason = error.to_string())))?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(Diagnostic::error(msg!("diff-git-failed", reason = reason)));
    }
    Ok(output.stdout)
}
