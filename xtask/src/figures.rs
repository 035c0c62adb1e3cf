//! The figure words of `src/lang/en.rs` (`FIGURE_WORDS`), from `data/en/figures.tsv`: what a
//! number counts or measures and how exactly it is meant.

use std::collections::BTreeMap;

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
            Some("length") => "Length",
            Some("area") => "Area",
            Some("mass") => "Mass",
            Some("speed") => "Speed",
            Some("temperature") => "Temperature",
            Some("duration") => "Duration",
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

/// The generated constant, sorted by phrase for binary search.
pub(crate) fn table(figures: &str) -> Result<String, String> {
    let mut phrases = BTreeMap::new();
    let mut instances = Vec::new();
    let mut instruments = Vec::new();
    for (n, row) in rows(figures) {
        let at = format!("data/en/figures.tsv:{n}");
        let phrase = row[0];
        if phrase.is_empty()
            || phrase != phrase.to_lowercase()
            || phrase.split(' ').any(str::is_empty)
        {
            return Err(format!(
                "{at}: the phrase must be lowercase words separated by single spaces"
            ));
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
            .push(phrase);
            continue;
        }
        let role = role(&row).map_err(|e| format!("{at}: {e}"))?;
        if phrases.insert(phrase.to_string(), role).is_some() {
            return Err(format!("{at}: {phrase:?} is listed twice"));
        }
    }
    let mut out = String::from(
        "/// Words that say what a number counts or measures, or how exactly it is meant\n\
         /// (data/en/figures.tsv; sorted by phrase, several words joined by single spaces).\n\
         #[rustfmt::skip]\n\
         pub(crate) const FIGURE_WORDS: &[(&str, R)] = &[\n",
    );
    for (phrase, role) in &phrases {
        out.push_str(&format!("    ({}, {role}),\n", quoted(phrase)));
    }
    out.push_str("];\n");
    instances.sort_unstable();
    if instances.len() > 7 {
        return Err("data/en/figures.tsv: at most seven instance words (three bits)".into());
    }
    out.push_str(&format!(
        "\n/// Words right before a figure that pick out one of several things of its kind (\"the\n\
         /// final 146 km stage\"), each between spaces (data/en/figures.tsv, role instance; a\n\
         /// table of `&str` would be 8 bytes of pointer a word).\n\
         pub(crate) const INSTANCE_WORDS: &str = \" {} \";\n",
        instances.join(" ")
    ));
    instruments.sort_unstable();
    out.push_str(&format!(
        "\n/// Words for a poll, a survey or a study, each between spaces (data/en/figures.tsv, role\n\
         /// instrument): the name before one says who measured a figure.\n\
         pub(crate) const INSTRUMENT_WORDS: &str = \" {} \";\n",
        instruments.join(" ")
    ));
    Ok(out)
}
