//! Printers: turn findings and diagnostics (data) into text for people or
//! machines. The last stage of the pipeline; nothing upstream prints.

pub mod diagnostics;
pub mod human;
pub mod json;
