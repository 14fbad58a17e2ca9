//! The lookup cache: the index of a glossary kept in a `.gloss-cache`
//! directory beside it, trusted only while the glossary's bytes hash the same.
//!
//! A lookup hashes the raw bytes of the glossary files (fast: no TOML is
//! parsed) and opens the cached index when the hash matches; otherwise it
//! loads and validates the glossary, builds the index and replaces the cache
//! atomically. The directory holds its own `.gitignore`, so that it is never
//! committed, and a `CACHEDIR.TAG` for backup tools. A cache that cannot be
//! written is no error: the index is then used from memory.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::index::{FORMAT_VERSION, Index, build};
use crate::diagnostic::{Diagnostic, has_errors};
use crate::edit::{cache_dir_beside, prepare_cache_dir};
use crate::glossary;
use crate::source::ReadError;

/// Where an index came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The cache matched the glossary.
    Cached,
    /// The glossary changed (or had no cache): the index was rebuilt and stored.
    Rebuilt,
    /// Rebuilt, but the cache could not be written.
    Uncached,
}

/// The index of the glossary at `paths`, from the cache when it is current.
/// Fails with the glossary's diagnostics when the glossary cannot be read or
/// has errors.
pub fn open(paths: &[PathBuf]) -> Result<(Index, Origin), Vec<Diagnostic>> {
    let files = glossary::glossary_files(paths).map_err(|d| vec![d])?;
    let hash = content_hash(paths, &files).map_err(|d| vec![d])?;
    let location = cache_file(paths);
    if let Ok(index) = Index::open(&location)
        && index.hash() == hash
    {
        return Ok((index, Origin::Cached));
    }
    let loaded = glossary::load(paths);
    if has_errors(&loaded.diagnostics) {
        return Err(loaded.diagnostics);
    }
    let bytes = build(&loaded.glossary, hash);
    let origin = match store(&location, &bytes) {
        Ok(()) => Origin::Rebuilt,
        Err(_) => Origin::Uncached,
    };
    let index = Index::from_bytes(bytes).expect("a freshly built index reads back");
    Ok((index, origin))
}

/// Hash of the format version, then of each file's name (relative to the
/// path that named it) and raw bytes.
fn content_hash(paths: &[PathBuf], files: &[PathBuf]) -> Result<u128, Diagnostic> {
    let mut hasher = Xxh3::new();
    hasher.update(&FORMAT_VERSION.to_le_bytes());
    for file in files {
        let name = paths
            .iter()
            .find_map(|root| {
                file.strip_prefix(root)
                    .ok()
                    .filter(|n| !n.as_os_str().is_empty())
            })
            .or_else(|| file.file_name().map(Path::new))
            .unwrap_or(file);
        hasher.update(name.to_string_lossy().as_bytes());
        hasher.update(&[0]);
        let length = hash_file(file, &mut hasher).map_err(|source| {
            Diagnostic::from(if source.kind() == std::io::ErrorKind::NotFound {
                ReadError::NotFound { path: file.clone() }
            } else {
                ReadError::Io {
                    path: file.clone(),
                    source,
                }
            })
        })?;
        hasher.update(&length.to_le_bytes());
    }
    Ok(hasher.digest128())
}

/// Feeds a file to the hasher through a small buffer (a large glossary is
/// never held in memory just to be hashed); returns its length.
fn hash_file(path: &Path, hasher: &mut Xxh3) -> std::io::Result<u64> {
    let mut file = std::fs::File::open(path)?;
    let mut buffer = vec![0; 256 * 1024];
    let mut length = 0;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Ok(length),
            Ok(n) => {
                hasher.update(&buffer[..n]);
                length += n as u64;
            }
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
}

/// The cache file for this set of glossary paths: in `.gloss-cache` beside
/// the first path, named after the whole set so that sets do not collide.
pub fn cache_file(paths: &[PathBuf]) -> PathBuf {
    let first = paths
        .first()
        .map(PathBuf::as_path)
        .unwrap_or(Path::new("."));
    let mut identity = Vec::new();
    for path in paths {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        identity.extend_from_slice(canonical.to_string_lossy().as_bytes());
        identity.push(0);
    }
    cache_dir_beside(first).join(format!("lookup-{:016x}.idx", xxh3_64(&identity)))
}

/// Writes the index through a temporary file renamed into place, so that a
/// concurrent lookup sees the old cache or the new one, never half of one.
fn store(location: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = location.parent().unwrap_or(Path::new("."));
    prepare_cache_dir(dir)?;
    let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
    temporary.write_all(bytes)?;
    temporary.persist(location).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::CACHE_DIR;

    const GLOSSARY: &str = "[terms.vitiligo]\nen = \"vitiligo\"\nfr = \"vitiligo\"\n";

    #[test]
    fn cache_is_reused_until_the_bytes_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("terms.toml");
        std::fs::write(&file, GLOSSARY).unwrap();
        let paths = vec![file.clone()];
        assert_eq!(open(&paths).unwrap().1, Origin::Rebuilt);
        assert_eq!(open(&paths).unwrap().1, Origin::Cached);
        let cache_dir = dir.path().join(CACHE_DIR);
        assert!(cache_dir.join(".gitignore").exists());
        assert!(cache_file(&paths).starts_with(&cache_dir));

        std::fs::write(&file, format!("{GLOSSARY}# a comment\n")).unwrap();
        assert_eq!(open(&paths).unwrap().1, Origin::Rebuilt);
        assert_eq!(open(&paths).unwrap().1, Origin::Cached);
    }

    #[test]
    fn a_damaged_cache_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("terms.toml");
        std::fs::write(&file, GLOSSARY).unwrap();
        let paths = vec![file];
        open(&paths).unwrap();
        std::fs::write(cache_file(&paths), b"GLOSSIDX garbage").unwrap();
        let (index, origin) = open(&paths).unwrap();
        assert_eq!(origin, Origin::Rebuilt);
        assert_eq!(index.len(), 1);
    }

    #[test]
    fn a_glossary_with_errors_is_reported_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("terms.toml");
        std::fs::write(&file, "[terms.x\n").unwrap();
        let paths = vec![file];
        assert!(open(&paths).is_err());
        assert!(!cache_file(&paths).exists());
    }

    #[test]
    fn adding_a_file_to_a_directory_invalidates() {
        let dir = tempfile::tempdir().unwrap();
        let glossary = dir.path().join("glossary");
        std::fs::create_dir(&glossary).unwrap();
        std::fs::write(glossary.join("a.toml"), GLOSSARY).unwrap();
        let paths = vec![glossary.clone()];
        assert_eq!(open(&paths).unwrap().1, Origin::Rebuilt);
        std::fs::write(glossary.join("b.toml"), "[terms.acne]\nen = \"acne\"\n").unwrap();
        let (index, origin) = open(&paths).unwrap();
        assert_eq!((index.len(), origin), (2, Origin::Rebuilt));
        assert!(cache_file(&paths).starts_with(dir.path().join(CACHE_DIR)));
    }
}
