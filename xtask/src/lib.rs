//! The repository's code generator. Every table the library or the page reads is generated
//! from a source a person edits, never edited by hand:
//!
//! | generated | from |
//! |---|---|
//! | `src/lang/en.rs` | `data/en/function_words.txt`; every `data/<language>/abbreviations.tsv`, `chrome.tsv` and `request_words.txt` |
//! | `src/lang/figure_words.rs` | every `data/<language>/figures.tsv` |
//! | `src/lang/tables.rs` | every `data/<language>/function_words.txt` and `stemming.tsv` |
//! | `src/page_text/tables.rs`, `www/page_tables.js` | `data/html_elements.tsv`, `data/windows-1252.tsv` |
//! | `src/text/case_table.rs` | the toolchain's `char::to_lowercase` |
//! | `src/text/sentence_table.rs` | unicode-segmentation's sentence break table |
//!
//! `cargo xtask codegen` writes them; the test `generated_files_are_up_to_date` (run by
//! `cargo test --workspace`) fails when one is stale.

mod case;
mod figures;
mod html;
mod lang;
mod languages;
mod sentence_classes;

use std::path::{Path, PathBuf};

/// One generated file: its path from the repository's root, and its text.
pub struct Output {
    /// The path, relative to the repository's root.
    pub path: String,
    /// What the file must hold.
    pub text: String,
}

/// The repository's root: the parent of this crate's folder.
pub fn repository_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// Every generated file, computed from its sources.
///
/// # Errors
///
/// A message naming the data file and line that cannot be read, or the source that is missing.
pub fn outputs(root: &Path) -> Result<Vec<Output>, String> {
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))
    };
    // Each language's file of that name that exists, with its path (for messages).
    let every_language = |name: &str| -> Vec<(String, String)> {
        crate::languages::LANGUAGES
            .iter()
            .chain(&crate::languages::CHROME_ONLY)
            .map(|code| format!("data/{code}/{name}"))
            .filter_map(|path| read(&path).ok().map(|text| (path, text)))
            .collect()
    };
    let (rust, js) = html::tables(
        &read("data/html_elements.tsv")?,
        &read("data/windows-1252.tsv")?,
    )?;
    Ok(vec![
        Output {
            path: "src/lang/en.rs".into(),
            text: lang::english(
                &read("data/en/function_words.txt")?,
                // Every language's abbreviations: one list serves every text.
                &every_language("abbreviations.tsv"),
                // Every language's page chrome: a phrase of one is no prose in another.
                &every_language("chrome.tsv"),
                // Every language's words a reader's focus asks with.
                &every_language("request_words.txt"),
            )?,
        },
        Output {
            path: "src/lang/figure_words.rs".into(),
            text: figures::table(root)?,
        },
        Output {
            path: "src/lang/tables.rs".into(),
            text: languages::tables(root)?,
        },
        Output {
            path: "src/page_text/tables.rs".into(),
            text: rust,
        },
        Output {
            path: "www/page_tables.js".into(),
            text: js,
        },
        Output {
            path: "src/text/case_table.rs".into(),
            text: case::table(),
        },
        Output {
            path: "src/text/sentence_table.rs".into(),
            text: sentence_classes::table(root)?,
        },
    ])
}

/// The data lines of a tab-separated file: neither blank nor a `#` comment, with their line
/// numbers (1-based), split at tabs.
pub(crate) fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Writes a `&[&str]` constant of visibility `vis`, one item a line, with `doc` (lines) as its
/// doc comment.
pub(crate) fn str_list(out: &mut String, vis: &str, doc: &str, name: &str, items: &[String]) {
    const_list(out, &format!("{vis} const {name}: &[&str]"), doc, items);
}

/// Writes a `&str` constant of `items` between bars, one item a line, as [`str_list`] does a
/// `&[&str]`: a table of `&str` costs the wasm module 8 bytes of pointer and length per item,
/// which compress poorly (read with `text::phrases::BarList`). An item's leading space is
/// written `\x20`, which the line continuation before it would otherwise drop.
pub(crate) fn bar_list(
    out: &mut String,
    vis: &str,
    doc: &str,
    name: &str,
    items: &[String],
) -> Result<(), String> {
    use std::fmt::Write;
    for line in doc.lines() {
        let _ = writeln!(out, "/// {line}");
    }
    let _ = write!(out, "#[rustfmt::skip]\n{vis} const {name}: &str = \"");
    for (i, item) in items.iter().enumerate() {
        if item.is_empty() || item.contains('|') {
            return Err(format!("{name}: {item:?} must not be empty nor hold a bar"));
        }
        let literal = quoted(item);
        let inner = &literal[1..literal.len() - 1];
        let inner = match inner.strip_prefix(' ') {
            Some(rest) => format!("\\x20{rest}"),
            None => inner.to_string(),
        };
        let bar = if i + 1 < items.len() { "|" } else { "" };
        let _ = write!(out, "\\\n    {inner}{bar}");
    }
    out.push_str("\";\n\n");
    Ok(())
}

/// A list constant declared `declaration`, each item a string literal on a line.
fn const_list(out: &mut String, declaration: &str, doc: &str, items: &[String]) {
    use std::fmt::Write;
    for line in doc.lines() {
        let _ = writeln!(out, "/// {line}");
    }
    let _ = writeln!(out, "#[rustfmt::skip]\n{declaration} = &[");
    for item in items {
        let _ = writeln!(out, "    {},", quoted(item));
    }
    out.push_str("];\n\n");
}

/// A Rust string literal of `s`.
pub(crate) fn quoted(s: &str) -> String {
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_files_are_up_to_date() {
        let root = repository_root();
        let mut stale = Vec::new();
        for output in outputs(&root).unwrap() {
            let on_disk = std::fs::read_to_string(root.join(&output.path)).unwrap_or_default();
            if on_disk != output.text {
                stale.push(output.path);
            }
        }
        assert!(
            stale.is_empty(),
            "out of date: {stale:?}; run `cargo xtask codegen` and commit what it writes"
        );
    }
}
