//! `gloss align --source A --target B`: shows how a document pair is paired
//! into segments (which source lines are checked against which target
//! lines), so a user can see why a finding points where it does.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::{CommandResult, Context, EXIT_ERROR, Failure};
use crate::diagnostic::has_errors;
use crate::documents::{self, PLACEHOLDER, PairSpec, ReadOptions, SegmentText};
use crate::msg;
use crate::source::SourceFile;

/// Output formats of `gloss align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The two sides next to each other.
    Human,
    /// One JSON object with the pairs and their line ranges.
    Json,
}

/// Arguments of `gloss align`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source-language document.
    #[arg(long, value_name = "PATH")]
    source: PathBuf,
    /// Target-language document.
    #[arg(long, value_name = "PATH")]
    target: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAT")]
    format: Format,
}

/// One side of a pair as the JSON shows it.
#[derive(Serialize)]
struct Side {
    text: String,
    line: usize,
    end_line: usize,
}

/// One pair as the JSON shows it.
#[derive(Serialize)]
struct Pair {
    segment: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    variant: Option<String>,
    source: Side,
    target: Side,
}

/// The JSON document: the pairs in order.
#[derive(Serialize)]
struct Alignment<'a> {
    pairs: &'a [Pair],
}

/// Width of each column of the human output, in characters.
const COLUMN: usize = 38;

/// Reads the pair and prints its segments.
pub fn run(context: &Context, args: Args) -> CommandResult {
    let spec = PairSpec {
        source: Some(args.source),
        target: args.target,
        format: None,
    };
    let read = documents::read(&spec, &ReadOptions::default()).map_err(Failure::from)?;
    let mut pairs = Vec::new();
    for document in &read {
        context.report(&document.diagnostics);
        let source_file = document.source.as_deref().unwrap_or(&document.target);
        pairs.extend(document.segments.iter().map(|segment| Pair {
            segment: segment.id.clone(),
            variant: segment.variant.clone(),
            source: side(&segment.source, source_file),
            target: side(&segment.target, &document.target),
        }));
    }
    if pairs.is_empty() && read.iter().any(|d| has_errors(&d.diagnostics)) {
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    let text = match args.format {
        Format::Json => {
            let json =
                serde_json::to_string_pretty(&Alignment { pairs: &pairs }).unwrap_or_default();
            format!("{json}\n")
        }
        Format::Human => human(&pairs, context),
    };
    context.print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// A side's text (placeholders shown as `…`) and its line range.
fn side(text: &SegmentText, file: &SourceFile) -> Side {
    let last = text
        .text
        .char_indices()
        .last()
        .map_or(0, |(offset, _)| offset);
    Side {
        text: text.text.replace(PLACEHOLDER, "…"),
        line: file.line_column(text.file_offset(0)).0,
        end_line: file.line_column(text.file_offset(last)).0,
    }
}

/// The pairs side by side: a header line per pair (segment and line
/// ranges), then both texts wrapped in two columns.
fn human(pairs: &[Pair], context: &Context) -> String {
    let mut out = String::new();
    for pair in pairs {
        let range = |side: &Side| {
            if side.line == side.end_line {
                side.line.to_string()
            } else {
                format!("{}–{}", side.line, side.end_line)
            }
        };
        out.push_str(&format!(
            "{}{}  {} ⟷ {}\n",
            pair.segment,
            pair.variant
                .as_deref()
                .map_or(String::new(), |v| format!(" [{v}]")),
            range(&pair.source),
            range(&pair.target)
        ));
        let left = wrap(&pair.source.text, COLUMN);
        let right = wrap(&pair.target.text, COLUMN);
        for row in 0..left.len().max(right.len()) {
            let cell = left.get(row).map_or("", String::as_str);
            let padding = COLUMN.saturating_sub(cell.chars().count());
            out.push_str(&format!(
                "  {cell}{} │ {}\n",
                " ".repeat(padding),
                right.get(row).map_or("", String::as_str)
            ));
        }
        out.push('\n');
    }
    out.push_str(
        &context
            .localizer
            .message(&msg!("documents-align-summary", count = pairs.len())),
    );
    out.push('\n');
    out
}

/// `text` cut into lines of at most `width` characters at spaces (a longer
/// word is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_owned();
            while word.chars().count() > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let cut: String = word.chars().take(width).collect();
                word = word.chars().skip(width).collect();
                lines.push(cut);
            }
            let needed =
                line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if needed > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_cuts_long_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
    }
}
