//! Crash-safe file replacement and the edit lock.
//!
//! A write goes to a temporary file in the same directory as the real file
//! (a symbolic link is followed, so the link stays a link and its target is
//! what changes), is flushed to disk and renamed over the target: readers and
//! a crash see the old file or the new one, never a part. The replaced file's
//! permissions are kept, and a read-only file is refused unless the caller
//! was told to force it and the user owns the file. Any command that writes a
//! user's file goes through [`write_atomic`].
//!
//! Edits of one glossary are serialised by an exclusive lock on a file in the
//! `.gloss-cache` directory beside it (the glossary itself cannot be locked,
//! since each write replaces it), so no lock file is left among the user's
//! files.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::msg;

/// Name of the directory beside a glossary where gloss keeps what it can
/// rebuild or throw away: the lookup index and the edit locks.
pub const CACHE_DIR: &str = ".gloss-cache";

const GITIGNORE: &str = "# Created by gloss: a cache that is rebuilt when needed.\n*\n";
const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by gloss.\n";

/// Whether a read-only file may be replaced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReadOnly {
    /// Refuse to replace a read-only file (the default).
    #[default]
    Refuse,
    /// Replace it when the user owns it (`--force`); it stays read-only.
    Force,
}

/// Why a file could not be written. Every variant names the file the user
/// asked for, never the temporary file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file is read-only and the write was not forced.
    #[error("{path}: read-only file")]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The file is read-only and belongs to someone else: even `--force`
    /// does not replace it.
    #[error("{path}: read-only file of another user")]
    NotOwner {
        /// The file.
        path: PathBuf,
    },
    /// The system refused a step of the write.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl WriteError {
    /// The error as a message for people.
    pub fn message(&self) -> Message {
        match self {
            WriteError::ReadOnly { path } => {
                msg!("edit-read-only", path = path.display().to_string())
            }
            WriteError::NotOwner { path } => {
                msg!(
                    "edit-read-only-not-owner",
                    path = path.display().to_string()
                )
            }
            WriteError::Io { path, source } => msg!(
                "error-write-file",
                path = path.display().to_string(),
                reason = crate::source::io_reason(source)
            ),
        }
    }

    /// What to do about it, when there is something to say.
    pub fn help(&self) -> Option<Message> {
        match self {
            WriteError::ReadOnly { .. } => Some(msg!("help-edit-read-only")),
            WriteError::NotOwner { .. } | WriteError::Io { .. } => None,
        }
    }
}

/// The file a write to `path` changes: `path` itself, or the file a chain of
/// symbolic links ends at (a link to a file not created yet included).
pub fn resolve(path: &Path) -> PathBuf {
    let mut current = path.to_owned();
    // A bound on the chain: a loop is left to the write to report.
    for _ in 0..40 {
        let Ok(metadata) = std::fs::symlink_metadata(&current) else {
            break;
        };
        if !metadata.file_type().is_symlink() {
            break;
        }
        let Ok(target) = std::fs::read_link(&current) else {
            break;
        };
        current = parent_dir(&current).join(target);
    }
    current
}

/// Refuses a write to `path` that [`write_atomic`] would refuse, without
/// writing: lets a command check every file before changing any.
pub fn check_writable(path: &Path, read_only: ReadOnly) -> Result<(), WriteError> {
    let target = resolve(path);
    match std::fs::metadata(&target) {
        Ok(metadata) if metadata.permissions().readonly() => match read_only {
            ReadOnly::Refuse => Err(WriteError::ReadOnly { path: target }),
            ReadOnly::Force => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Replaces the file at `path` (through symbolic links) with `bytes`
/// atomically: a temporary file in the target's directory, fsync, rename,
/// fsync of the directory. The old file's permissions are kept (a new file
/// gets the usual ones). A read-only file is refused unless `read_only` is
/// [`ReadOnly::Force`] and the user owns it. Returns the file written.
pub fn write_atomic(path: &Path, bytes: &[u8], read_only: ReadOnly) -> Result<PathBuf, WriteError> {
    let target = resolve(path);
    check_writable(&target, read_only)?;
    let io = |source| WriteError::Io {
        path: target.clone(),
        source: without_temporary_path(source),
    };
    let dir = parent_dir(&target);
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(&target))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io)?;
    match std::fs::metadata(&target) {
        Ok(metadata) => {
            if metadata.permissions().readonly() && !same_owner(&metadata, temp.as_file()) {
                return Err(WriteError::NotOwner { path: target });
            }
            temp.as_file()
                .set_permissions(metadata.permissions())
                .map_err(io)?;
        }
        Err(_) => set_default_permissions(temp.as_file()).map_err(io)?,
    }
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(&target).map_err(|error| io(error.error))?;
    sync_dir(dir).map_err(io)?;
    Ok(target)
}

/// Removes temporary files left by writers of `path` that were killed before
/// renaming. Only safe under the lock, when no writer can be running.
pub fn remove_stale_temporaries(path: &Path) {
    let target = resolve(path);
    let prefix = temp_prefix(&target);
    let Ok(entries) = std::fs::read_dir(parent_dir(&target)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The `.gloss-cache` directory beside `path` (a glossary file or directory).
pub fn cache_dir_beside(path: &Path) -> PathBuf {
    parent_dir(path).join(CACHE_DIR)
}

/// Creates the cache directory `dir` with the `.gitignore` that keeps it out
/// of version control and the tag that keeps it out of backups.
pub fn prepare_cache_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in [(".gitignore", GITIGNORE), ("CACHEDIR.TAG", CACHEDIR_TAG)] {
        let path = dir.join(name);
        if !path.exists() {
            std::fs::write(path, text)?;
        }
    }
    Ok(())
}

/// The lock file of the glossary at `path`: `<name>.lock` in the
/// `.gloss-cache` directory beside the real file (links followed, so that
/// every way to name the glossary takes the same lock).
pub fn lock_path(path: &Path) -> PathBuf {
    let target = resolve(path);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "glossary".to_owned());
    cache_dir_beside(&target).join(format!("{name}.lock"))
}

/// Opens the lock file (creating the cache directory) and waits for the
/// exclusive lock; it is released when the returned file is dropped (or the
/// process dies). The file stays, empty, in the ignored cache directory:
/// removing it would let two writers lock two different files.
pub fn lock(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent() {
        prepare_cache_dir(dir)?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)?;
    file.lock()?;
    Ok(file)
}

const TEMP_SUFFIX: &str = ".tmp";

/// The system's error without the temporary file's name, which the
/// temporary-file layer appends (as " at path …") and which means nothing to
/// the user: the error is reported with the real file's name instead.
fn without_temporary_path(error: std::io::Error) -> std::io::Error {
    let Some(wrapped) = error.get_ref() else {
        return error;
    };
    match wrapped.to_string().split_once(" at path ") {
        Some((reason, _)) => std::io::Error::new(error.kind(), reason.to_owned()),
        None => error,
    }
}

fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.")
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// True when the file behind `metadata` belongs to the user running gloss,
/// who owns the temporary file just created.
#[cfg(unix)]
fn same_owner(metadata: &std::fs::Metadata, ours: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    ours.metadata().is_ok_and(|own| own.uid() == metadata.uid())
}

#[cfg(not(unix))]
fn same_owner(_metadata: &std::fs::Metadata, _ours: &File) -> bool {
    true
}

#[cfg(unix)]
fn set_default_permissions(file: &File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &File) -> std::io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    fn set_mode(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    #[cfg(unix)]
    fn replaces_the_file_and_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.toml");
        std::fs::write(&path, "old").unwrap();
        set_mode(&path, 0o640);
        write_atomic(&path, b"new", ReadOnly::Refuse).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(mode(&path), 0o640);
        assert_eq!(names(dir.path()), vec![std::ffi::OsString::from("g.toml")]);
    }

    #[test]
    #[cfg(unix)]
    fn a_link_is_followed_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        let real = dir.path().join("real/g.toml");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("real/g.toml", &link).unwrap();
        assert_eq!(write_atomic(&link, b"new", ReadOnly::Refuse).unwrap(), real);
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(
            lock_path(&link),
            dir.path().join("real/.gloss-cache/g.toml.lock")
        );
    }

    #[test]
    #[cfg(unix)]
    fn a_read_only_file_is_replaced_only_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.toml");
        std::fs::write(&path, "old").unwrap();
        set_mode(&path, 0o444);
        let error = write_atomic(&path, b"new", ReadOnly::Refuse).unwrap_err();
        assert!(matches!(error, WriteError::ReadOnly { .. }));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        write_atomic(&path, b"new", ReadOnly::Force).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(mode(&path), 0o444);
    }

    #[test]
    fn an_error_names_the_file_not_the_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir-is-a-file/g.toml");
        std::fs::write(dir.path().join("missing-dir-is-a-file"), "").unwrap();
        let error = write_atomic(&path, b"new", ReadOnly::Refuse).unwrap_err();
        let WriteError::Io { path: named, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(named, &path);
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.toml");
        std::fs::write(dir.path().join(".g.toml.abc123.tmp"), "partial").unwrap();
        std::fs::write(dir.path().join("other.tmp"), "kept").unwrap();
        remove_stale_temporaries(&path);
        assert!(!dir.path().join(".g.toml.abc123.tmp").exists());
        assert!(dir.path().join("other.tmp").exists());
        assert_eq!(
            lock_path(&path),
            dir.path().join(".gloss-cache").join("g.toml.lock")
        );
    }
}
