//! TBX (ISO 30042), the exchange format of terminology tools.

mod read;
mod write;

pub use read::read;
pub use write::write;

/// The namespace of TBX v3 documents (`<tbx xmlns="…">`).
pub const TBX_NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";
