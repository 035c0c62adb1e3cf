//! `corroborate`: the command-line front-end. Flags map one to one to [`Options`].

mod batch;

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use corroborate::{
    explain, html_to_text, looks_like_html, repair_text, summarize, Article, ErrorKind, Language,
    Length, Options, Summary, SummaryType,
};

const USAGE: &str = "\
Summarize several news articles about one story, weighting each sentence by how many
independent articles agree with it.

Usage: corroborate [OPTIONS] FILE...
       corroborate --jsonl [OPTIONS] < clusters.jsonl

Each FILE is one article (UTF-8 text; `-` reads one article from standard input). HTML (a
FILE ending in .html or .htm, or text that starts with a doctype, a comment or a tag such as
<html>, <p> or <div>) is read as the text a browser shows of it.

Options:
  -w, --max-words N       at most N words in all (overrides --type/--length)
  -s, --max-sentences N   at most N sentences (overrides --type/--length)
  -t, --type TYPE         key-points (default), tldr, teaser or headline
  -l, --length LENGTH     short, medium (default) or long
      --language CODE     read every article as this language instead of detecting
                          each one's: en, fr, de, es, pt, it, cs, ru, el, ar, he, hi,
                          vi, zh, ja, or und (no language's rules)
      --focus TEXT        what the reader wants to know, a question or a few words
                          (\"What caused the collapse?\", casualties): what it names, and
                          what shares sentences with it, weighs more
      --key-facts N       how many key facts to report with --json (default 8)
      --max-input-bytes N refuse more input than N bytes (default 33554432)
      --max-articles N    refuse more than N articles (default 10000)
      --json              print the whole summary as JSON
      --markdown          print the summary as a Markdown list with sources
      --explain           print every sentence with its scores and concepts
      --jsonl             batch mode: one cluster per line on standard input,
                          {\"id\": …, \"articles\": [\"text\" or {\"text\", \"title\", \"source\"}, …]},
                          one JSON result per line on standard output, in input
                          order; a progress line on standard error when it is a terminal
  -j, --jobs N            --jsonl on N threads (default: one per core; at most 256)
      --timing            print summarize_ms=<milliseconds inside summarize> on stderr
  -h, --help              print this help
  -V, --version           print the version
";

#[derive(Clone, Copy, PartialEq)]
enum Output {
    Plain,
    Json,
    Markdown,
    Explain,
}

struct Cli {
    options: Options,
    output: Output,
    jsonl: bool,
    /// Workers for `--jsonl`: `--jobs`, else one per core.
    jobs: usize,
    timing: bool,
    files: Vec<String>,
}

/// The whole number of at least `least` given for `flag`; one too large for `usize` is read
/// as `usize::MAX`, as many as there can be.
fn parse_number(flag: &str, value: Option<String>, least: usize) -> Result<usize, String> {
    let value = value.ok_or_else(|| format!("{flag} needs a number"))?;
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    let n = match value.parse::<usize>() {
        Ok(n) => Some(n),
        Err(_) if digits => Some(usize::MAX),
        Err(_) => None,
    };
    n.filter(|&n| n >= least)
        .ok_or_else(|| format!("{flag} needs a whole number of {least} or more, not {value:?}"))
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Cli>, String> {
    let mut cli = Cli {
        options: Options::default(),
        output: Output::Plain,
        jsonl: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        timing: false,
        files: Vec::new(),
    };
    let mut args = args.peekable();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            cli.files.push(arg);
            continue;
        }
        // --flag=value is the same as --flag value.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = || inline.clone().or_else(|| args.next());
        let o = &mut cli.options;
        match flag.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("corroborate {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "-w" | "--max-words" => o.max_words = Some(parse_number(&flag, value(), 1)?),
            "-s" | "--max-sentences" => o.max_sentences = Some(parse_number(&flag, value(), 1)?),
            "--key-facts" => o.max_key_facts = parse_number(&flag, value(), 0)?,
            "--focus" => {
                o.focus = Some(value().ok_or("--focus needs a text: a question or a few words")?)
            }
            "--language" => {
                let code = value().unwrap_or_default();
                o.language = Some(Language::from_code(&code).ok_or_else(|| {
                    format!(
                        "--language {code:?} is not a language with rules: use one of {}, or und \
                         for none (leave it out to detect each article's)",
                        Language::codes()
                    )
                })?);
            }
            "--max-input-bytes" => o.max_input_bytes = parse_number(&flag, value(), 0)?,
            "--max-articles" => o.max_articles = parse_number(&flag, value(), 0)?,
            "-t" | "--type" => {
                o.summary_type = match value().as_deref() {
                    Some("key-points") => SummaryType::KeyPoints,
                    Some("tldr") => SummaryType::Tldr,
                    Some("teaser") => SummaryType::Teaser,
                    Some("headline") => SummaryType::Headline,
                    other => {
                        return Err(format!(
                            "--type must be key-points, tldr, teaser or headline, not {other:?}"
                        ))
                    }
                }
            }
            "-l" | "--length" => {
                o.length = match value().as_deref() {
                    Some("short") => Length::Short,
                    Some("medium") => Length::Medium,
                    Some("long") => Length::Long,
                    other => {
                        return Err(format!(
                            "--length must be short, medium or long, not {other:?}"
                        ))
                    }
                }
            }
            "--json" => cli.output = Output::Json,
            "--markdown" => cli.output = Output::Markdown,
            "--explain" => cli.output = Output::Explain,
            "--jsonl" => cli.jsonl = true,
            "-j" | "--jobs" => {
                cli.jobs = parse_number(&flag, value(), 1)?;
            }
            "--timing" => cli.timing = true,
            _ => return Err(format!("unknown option {arg}; see --help")),
        }
    }
    if !cli.jsonl && cli.files.is_empty() {
        return Err(
            "no articles given: name one file per article, or - for standard input; see --help"
                .into(),
        );
    }
    Ok(Some(cli))
}

/// An error of the library as the command line says it: the limits named by their flags.
pub(crate) fn message(e: &corroborate::Error) -> String {
    let text = e.to_string();
    match e.kind() {
        ErrorKind::InputTooLarge { .. } => text.replace("maxInputBytes", "--max-input-bytes"),
        ErrorKind::TooManyArticles { .. } => text.replace("maxArticles", "--max-articles"),
        _ => text,
    }
}

/// `bytes` as text, those that are not UTF-8 as U+FFFD; valid UTF-8 is taken without a copy.
pub(crate) fn utf8_text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Reads a file (or stdin for `-`) as text; bytes that are not UTF-8 become U+FFFD. An HTML
/// page becomes the text a browser shows of it. At most `budget` bytes are read (what the
/// input limit leaves after the files before it, which it is lowered by): past it the input
/// is refused without reading on, so that an endless stream (`/dev/zero`, a pipe that never
/// closes) is no endless read.
fn read_article(path: &str, budget: &mut usize, limit: usize) -> Result<Article, String> {
    let mut bytes = Vec::new();
    let most = *budget as u64 + 1;
    let result = if path == "-" {
        io::stdin().take(most).read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|f| f.take(most).read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    if bytes.len() > *budget {
        return Err(format!(
            "input too large: the files given hold more than the limit of {limit} bytes ({path} \
             goes past it); summarize less text at once or raise --max-input-bytes"
        ));
    }
    *budget -= bytes.len();
    let text = utf8_text(bytes);
    let lower = path.to_ascii_lowercase();
    let text = if lower.ends_with(".html") || lower.ends_with(".htm") || looks_like_html(&text) {
        html_to_text(&text)
    } else {
        text
    };
    let text = repair_text(&text).into_owned();
    Ok(Article::new(text).with_source(path))
}

fn print_explain(
    out: &mut impl Write,
    articles: &[Article],
    options: &Options,
) -> Result<(), String> {
    let e = explain(articles, options).map_err(|e| message(&e))?;
    let io = |r: io::Result<()>| r.map_err(|e| e.to_string());
    let stats = &e.summary.stats;
    io(writeln!(
        out,
        "{}, {}, {}, {}; * = chosen, - = not eligible",
        count(stats.articles, "article"),
        count(stats.sources, "independent source"),
        count(stats.sentences, "sentence"),
        count(stats.candidates, "candidate")
    ))?;
    // Each article's language, once: "languages: a0 fr, a1 fr, a2 de".
    let languages: Vec<String> = e
        .summary
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| format!("a{i} {}", a.language))
        .collect();
    io(writeln!(out, "languages: {}", languages.join(", ")))?;
    if let Some(focus) = options.focus.as_deref().filter(|f| !f.trim().is_empty()) {
        if e.focus.is_empty() {
            io(writeln!(
                out,
                "focus {:?} names nothing in the articles: the summary is as without it",
                focus
            ))?;
        } else {
            io(writeln!(out, "focus names: {}", e.focus.join(", ")))?;
        }
    }
    for (i, a) in e.summary.articles.iter().enumerate() {
        if a.off_topic {
            io(writeln!(
                out,
                "a{i} ({}) is about another story: its sentences are not eligible",
                a.label
            ))?;
        }
    }
    for s in &e.sentences {
        let mark = if s.chosen {
            '*'
        } else if s.candidate {
            ' '
        } else {
            '-'
        };
        io(writeln!(
            out,
            "{mark} a{}#{:<3} w={:<7.3} src={} words={:<3} {}",
            s.article,
            s.position,
            s.weight,
            s.sources,
            s.words,
            s.text.replace('\n', " ")
        ))?;
        let concepts: Vec<String> = s
            .concepts
            .iter()
            .map(|c| format!("{}({}:{:.2})", c.text, c.sources, c.weight))
            .collect();
        io(writeln!(out, "      {}", concepts.join(" ")))?;
    }
    if !e.figures.is_empty() {
        io(writeln!(out, "figures compared:"))?;
        for f in &e.figures {
            io(writeln!(
                out,
                "  a{} \"{}\" / a{} \"{}\": {}",
                f.first_article,
                f.first.replace('\n', " "),
                f.second_article,
                f.second.replace('\n', " "),
                f.verdict
            ))?;
        }
    }
    if !e.summary.disagreements.is_empty() {
        io(writeln!(out, "sources differ:"))?;
        for line in e.summary.disagreement_lines() {
            io(writeln!(out, "  {}", line.replace('\n', " ")))?;
        }
    }
    io(writeln!(out, "key facts:"))?;
    for f in &e.summary.key_facts {
        io(writeln!(
            out,
            "  {} ({})",
            f.text,
            count(f.sources, "source")
        ))?;
    }
    Ok(())
}

/// "1 source", "3 sources".
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

fn print_summary(out: &mut impl Write, summary: &Summary, output: Output) -> Result<(), String> {
    // In plain output the notes go to standard error, after the summary: standard output
    // is the summary alone, for pipes.
    let notes = |summary: &Summary| {
        if let Some(note) = summary.left_out_note() {
            eprintln!("corroborate: {note}");
        }
        let lines = summary.disagreement_lines();
        if !lines.is_empty() {
            eprintln!("corroborate: sources differ:");
            for line in lines {
                eprintln!("  {}", line.replace('\n', " "));
            }
        }
    };
    let text = match output {
        Output::Json => serde_json::to_string_pretty(summary).map_err(|e| e.to_string())? + "\n",
        Output::Markdown => summary.to_markdown(),
        _ => summary
            .sentences
            .iter()
            .map(|s| s.text.split_whitespace().collect::<Vec<_>>().join(" ") + "\n")
            .collect(),
    };
    out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    if output == Output::Plain {
        out.flush().map_err(|e| e.to_string())?;
        notes(summary);
    }
    Ok(())
}

fn run() -> Result<bool, String> {
    let Some(cli) = parse_args(std::env::args().skip(1))? else {
        return Ok(true);
    };
    if cli.jsonl {
        return batch::run(&cli.options, cli.jobs, cli.timing);
    }
    let limit = cli.options.max_input_bytes;
    let mut budget = limit;
    let articles = cli
        .files
        .iter()
        .map(|f| read_article(f, &mut budget, limit))
        .collect::<Result<Vec<_>, _>>()?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if cli.output == Output::Explain {
        print_explain(&mut out, &articles, &cli.options)?;
    } else {
        let start = Instant::now();
        let summary = summarize(&articles, &cli.options).map_err(|e| message(&e))?;
        if cli.timing {
            eprintln!("summarize_ms={:.4}", start.elapsed().as_secs_f64() * 1e3);
        }
        print_summary(&mut out, &summary, cli.output)?;
        if let (Some(reason), Output::Plain | Output::Markdown) =
            (summary.empty_reason(), cli.output)
        {
            eprintln!("corroborate: {reason}");
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(true)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("corroborate: {message}");
            ExitCode::from(2)
        }
    }
}
