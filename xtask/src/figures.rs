//! `src/lang/figure_words.rs`, from every `data/<language>/figures.tsv`: what a number counts
//! or measures and how exactly it is meant, in each language, and how each writes a number.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::languages::LANGUAGES;
use crate::{quoted, rows};

/// The Rust expression of one row's role (`R` and `D` are the figures stage's `Role` and
/// `Dimension`, imported by the generated file).
fn role(row: &[&str]) -> Result<String, String> {
    let number = |i: usize| -> Result<f64, String> {
        row.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| v.is_finite())
            .ok_or_else(|| format!("column {} must be a number", i + 1))
    };
    let dimension = || -> Result<&'static str, String> {
        Ok(match row.get(2).copied() {
            Some("percent") => "Percent",
            Some("dollar") => "Dollar",
            Some("euro") => "Euro",
            Some("sterling") => "Sterling",
            Some("yen") => "Yen",
            Some("yuan") => "Yuan",
            Some("rupee") => "Rupee",
            Some("real") => "Real",
            Some("ruble") => "Ruble",
            Some("length") => "Length",
            Some("area") => "Area",
            Some("mass") => "Mass",
            Some("speed") => "Speed",
            Some("temperature") => "Temperature",
            Some("duration") => "Duration",
            Some("magnitude") => "Magnitude",
            other => return Err(format!("unknown dimension {other:?}")),
        })
    };
    let simple = |name: &str, columns: usize| {
        if row.len() == columns {
            Ok(format!("R::{name}"))
        } else {
            Err(format!("role {} takes no value", row[1]))
        }
    };
    match row.get(1).copied() {
        Some("about") => simple("About", 2),
        Some("nearly") => simple("Nearly", 2),
        Some("up-to") => simple("UpTo", 2),
        Some("at-least") => simple("AtLeast", 2),
        Some("at-most") => simple("AtMost", 2),
        Some("between") => simple("Between", 2),
        Some("range") => simple("Range", 2),
        Some("from") => simple("From", 2),
        Some("date") => simple("Date", 2),
        Some("time") => simple("Time", 2),
        Some("age") => simple("Age", 2),
        Some("ordinal") => simple("Ordinal", 2),
        Some("no-unit") => simple("NoUnit", 2),
        Some("relative") => simple("Relative", 2),
        Some("ratio") => simple("Ratio", 2),
        Some("describes") => simple("Describes", 2),
        Some("and") => simple("And", 2),
        Some("per") => simple("Per", 2),
        Some("per-duration") => simple("PerDuration", 2),
        Some("of") => simple("Of", 2),
        Some("change") => simple("Change", 2),
        Some("share") => simple("Share", 2),
        Some("ago") => simple("Ago", 2),
        Some("past") => simple("Past", 2),
        Some("direction") => match row.get(2).and_then(|v| v.parse::<u8>().ok()) {
            Some(bits @ 1..=15) if row.len() == 3 => Ok(format!("R::Direction({bits})")),
            _ => Err("a direction takes its bits: north 1, south 2, east 4, west 8".into()),
        },
        Some("number") => Ok(format!("R::Number({:?})", number(2)?)),
        Some("multiplier") => Ok(format!("R::Multiplier({:?})", number(2)?)),
        Some("currency") => Ok(format!("R::Currency(D::{})", dimension()?)),
        Some("unit") => {
            let offset = if row.len() > 4 { number(4)? } else { 0.0 };
            Ok(format!(
                "R::Unit(D::{}, {:?}, {:?})",
                dimension()?,
                number(3)?,
                offset
            ))
        }
        other => Err(format!("unknown role {other:?}")),
    }
}

/// How the languages flagged in `mask` write a number: the `format` row of their tables
/// ("1,234.5", "1 234,5", "1.234,5"). Returns the bits of those whose decimal mark is a comma
/// and of those that group thousands with spaces.
fn number_format(phrase: &str, bit: u16, at: &str) -> Result<(u16, u16), String> {
    match phrase {
        "1,234.5" => Ok((0, 0)),
        "1.234,5" => Ok((bit, 0)),
        "1 234,5" => Ok((bit, bit)),
        _ => Err(format!(
            "{at}: a format is written \"1,234.5\", \"1.234,5\" or \"1 234,5\""
        )),
    }
}

/// `src/lang/figure_words.rs`: every language's figure words in one table sorted by phrase for
/// binary search, each with the languages (bits `Language as u16`) whose word it is.
pub(crate) fn table(root: &Path) -> Result<String, String> {
    let mut phrases: BTreeMap<(String, String), u16> = BTreeMap::new();
    let mut instances: BTreeSet<String> = BTreeSet::new();
    let mut instruments: BTreeSet<String> = BTreeSet::new();
    let (mut with_data, mut decimal_comma, mut space_groups) = (0u16, 0u16, 0u16);
    let (mut capitalized_nouns, mut capitalized_dates) = (0u16, 0u16);
    for (index, code) in LANGUAGES.iter().enumerate() {
        let path = format!("data/{code}/figures.tsv");
        let Ok(figures) = std::fs::read_to_string(root.join(&path)) else {
            continue;
        };
        let bit = 1u16 << index;
        let mut formats = 0;
        // Rows other than dates: a table of dates only (no format row) names the language's
        // months and weekdays, while its sentences' figures stay unread (`FIGURE_LANGUAGES`).
        let mut figure_rows = 0;
        let mut seen = BTreeSet::new();
        for (n, row) in rows(&figures) {
            let at = format!("{path}:{n}");
            let phrase = row[0];
            if phrase.is_empty()
                || phrase != phrase.to_lowercase()
                || phrase.split(' ').any(str::is_empty)
            {
                return Err(format!(
                    "{at}: the phrase must be lowercase words separated by single spaces"
                ));
            }
            if row.get(1) == Some(&"format") {
                let (comma, spaces) = number_format(phrase, bit, &at)?;
                decimal_comma |= comma;
                space_groups |= spaces;
                formats += 1;
                continue;
            }
            if row.get(1) == Some(&"capitalized") {
                match phrase {
                    "nouns" => capitalized_nouns |= bit,
                    "dates" => capitalized_dates |= bit,
                    _ => return Err(format!("{at}: \"nouns\" or \"dates\" are capitalized")),
                }
                continue;
            }
            if row.get(1) != Some(&"date") {
                figure_rows += 1;
            }
            if row.get(1) == Some(&"instance") || row.get(1) == Some(&"instrument") {
                if row.len() != 2 || phrase.contains(' ') {
                    return Err(format!(
                        "{at}: an instance or instrument word is one word and takes no value"
                    ));
                }
                if row[1] == "instance" {
                    &mut instances
                } else {
                    &mut instruments
                }
                .insert(phrase.to_string());
                continue;
            }
            let role = role(&row).map_err(|e| format!("{at}: {e}"))?;
            if !seen.insert(phrase) {
                return Err(format!("{at}: {phrase:?} is listed twice"));
            }
            *phrases.entry((phrase.to_string(), role)).or_default() |= bit;
        }
        match (formats, figure_rows) {
            (1, _) => with_data |= bit,
            (0, 0) => {}
            _ => {
                return Err(format!(
                    "{path}: give one format row (how a number is written), or only dates"
                ))
            }
        }
    }
    let mut out = String::from(
        "// Generated by `cargo xtask codegen` from every data/<language>/figures.tsv; do not edit.\n\n\
         //! Every language's figure words: what a number counts or measures and how exactly it\n\
         //! is meant, and how each language writes a number.\n\n\
         use crate::figures::{Dimension as D, Role as R};\n\n\
         /// The roles of the figure words, each once; [`FIGURE_WORDS`] gives a phrase's by its\n\
         /// index (a role is 24 bytes, an index one).\n\
         #[rustfmt::skip]\n\
         pub(crate) const FIGURE_ROLES: &[R] = &[\n",
    );
    let roles: BTreeSet<&String> = phrases.keys().map(|(_, role)| role).collect();
    if roles.len() > usize::from(u8::MAX) + 1 {
        return Err("data/*/figures.tsv: at most 256 different roles (one byte)".into());
    }
    for role in &roles {
        out.push_str(&format!("    {role},\n"));
    }
    // One line a phrase and role, in order: its phrase, the role's index and the languages'
    // bits, in fixed-width hex. Text compresses far better than a table of offsets would
    // (5.4 KB against 8.3 KB gzipped for 1,032 entries).
    out.push_str(
        "];\n\n\
         /// Words that say what a number counts or measures, or how exactly it is meant, one\n\
         /// line each, sorted by phrase: the phrase (lowercase words joined by single spaces), a\n\
         /// tab, its role (two hex digits: an index into [`FIGURE_ROLES`]), a tab, and the\n\
         /// languages whose word it is (four hex digits: bits `Language as u16`). A phrase of\n\
         /// two roles in two languages has a line for each.\n\
         #[rustfmt::skip]\n\
         pub(crate) const FIGURE_TABLE: &str = concat!(\n",
    );
    let mut length = 0;
    for ((phrase, role), languages) in &phrases {
        let index = roles.iter().position(|r| *r == role).unwrap_or_default();
        let line = format!("{phrase}\t{index:02x}\t{languages:04x}\n");
        length += line.len();
        out.push_str(&format!("    {},\n", quoted(&line)));
    }
    if length > usize::from(u16::MAX) {
        return Err("data/*/figures.tsv: at most 64 KiB of table (two-byte offsets)".into());
    }
    out.push_str(");\n");
    if instances.len() > 7 {
        return Err("data/*/figures.tsv: at most seven instance words (three bits)".into());
    }
    let joined = |s: &BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>().join(" ");
    out.push_str(&format!(
        "\n/// Words right before a figure that pick out one of several things of its kind (\"the\n\
         /// final 146 km stage\"), each between spaces (figures.tsv, role instance; a table of\n\
         /// `&str` would be 8 bytes of pointer a word).\n\
         pub(crate) const INSTANCE_WORDS: &str = \" {} \";\n",
        joined(&instances)
    ));
    out.push_str(&format!(
        "\n/// Words for a poll, a survey or a study, each between spaces (figures.tsv, role\n\
         /// instrument): the name before one says who measured a figure.\n\
         pub(crate) const INSTRUMENT_WORDS: &str = \" {} \";\n",
        joined(&instruments)
    ));
    out.push_str(&format!(
        "\n/// The languages with figure words: the articles of any other are read with English ones.\n\
         pub(crate) const FIGURE_LANGUAGES: u16 = {with_data:#x};\n\
         \n/// The languages whose decimal mark is a comma, grouping thousands with full stops or\n\
         /// spaces (\"1,5 million\", \"12.000\", \"12 000\"); the others write \"1.5\" and \"12,000\".\n\
         pub(crate) const DECIMAL_COMMA: u16 = {decimal_comma:#x};\n\
         \n/// The languages that group thousands with spaces (\"12 000\").\n\
         pub(crate) const SPACE_GROUPS: u16 = {space_groups:#x};\n\
         \n/// The languages whose nouns are capitalized (\"12 Menschen\").\n\
         pub(crate) const CAPITALIZED_NOUNS: u16 = {capitalized_nouns:#x};\n\
         \n/// The languages whose months and weekdays are capitalized: in the others, a date word\n\
         /// in lowercase names a date too (\"12 mars\"; English \"may\" and \"march\" are verbs).\n\
         pub(crate) const CAPITALIZED_DATES: u16 = {capitalized_dates:#x};\n"
    ));
    Ok(out)
}
