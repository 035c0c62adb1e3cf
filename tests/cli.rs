//! The `corroborate` command, run as a user would.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn corroborate(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may exit before reading its input (bad flags): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// Writes the crane fixture as one file per article; returns the directory and the paths.
fn crane_files(name: &str) -> (std::path::PathBuf, Vec<String>) {
    fixture_files("crane-collapse.txt", name)
}

/// Writes `fixture` as one file per article in a directory of its own (`name`); returns the
/// directory and the paths.
fn fixture_files(fixture: &str, name: &str) -> (std::path::PathBuf, Vec<String>) {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let paths = common::fixture(fixture)
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let path = dir.join(format!("{i}.txt"));
            std::fs::write(&path, &a.text).unwrap();
            path.to_string_lossy().into_owned()
        })
        .collect();
    (dir, paths)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Each line of standard output as JSON (`--jsonl`'s results).
fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn plain_output_is_one_sentence_per_line_within_budget() {
    let (_dir, files) = crane_files("plain");
    let mut args = vec!["--max-words", "60", "--timing"];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().count() >= 1);
    assert!(out.split_whitespace().count() <= 60);
    assert!(out.contains("crane"));
    let ms = stderr(&o);
    assert!(ms.starts_with("summarize_ms="), "{ms}");
    assert!(ms.trim()["summarize_ms=".len()..].parse::<f64>().is_ok());
}

#[test]
fn an_article_about_another_story_is_named_on_standard_error() {
    let (dir, mut files) = crane_files("off-topic");
    let football = dir.join("football.txt");
    std::fs::write(&football, common::FOOTBALL).unwrap();
    files.push(football.to_string_lossy().into_owned());
    let o = corroborate(&files.iter().map(String::as_str).collect::<Vec<_>>(), "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).contains("Rovers"), "{}", stdout(&o));
    // Labelled by the file's path, as given.
    let note = stderr(&o);
    assert!(
        note.starts_with("corroborate: Left out as about another story: ")
            && note.ends_with("football.txt.\n")
            && note.lines().count() == 1,
        "{note}"
    );
    let mut args = vec!["--markdown"];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert!(stdout(&o).ends_with("football.txt.*\n"), "{}", stdout(&o));
    assert!(stderr(&o).is_empty());
}

#[test]
fn json_output_is_the_whole_summary() {
    let (_dir, files) = crane_files("json");
    let mut args = vec!["--json", "--type", "headline"];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(v["stats"]["sources"], 4);
    assert!(v["sentences"][0]["supportedBy"].as_array().unwrap().len() >= 2);
    assert!(!v["keyFacts"].as_array().unwrap().is_empty());
}

#[test]
fn explain_shows_every_sentence_with_scores() {
    let (_dir, files) = crane_files("explain");
    let mut args = vec!["--explain", "--length", "short"];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("5 articles, 4 independent sources"),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("* a")),
        "a chosen sentence is marked"
    );
    assert!(out.contains("src=4"));
    assert!(out.contains("key facts:"));
}

#[test]
fn markdown_lists_sources() {
    let (_dir, files) = crane_files("markdown");
    let mut args = vec!["--markdown", "-s", "2"];
    args.extend(files.iter().map(String::as_str));
    let out = stdout(&corroborate(&args, ""));
    assert_eq!(out.lines().count(), 2);
    assert!(
        out.lines()
            .all(|l| l.starts_with("- ") && l.ends_with(" of 4 sources)*")),
        "{out}"
    );
    // One article is one source, in the Markdown and in --explain.
    let one = "The ferry sank near Gull Island on Monday, and all twelve passengers were rescued.";
    let out = stdout(&corroborate(&["--markdown", "-"], one));
    assert!(out.trim_end().ends_with("; 1 source)*"), "{out}");
    let out = stdout(&corroborate(&["--explain", "-"], one));
    assert!(
        out.starts_with("1 article, 1 independent source, 1 sentence, 1 candidate;"),
        "{out}"
    );
}

#[test]
fn stdin_article_with_dash() {
    let o = corroborate(&["-"], "The ferry sank near Gull Island on Monday. All twelve passengers were rescued by fishermen.");
    assert!(o.status.success());
    assert!(stdout(&o).contains("ferry"));
}

#[test]
fn html_pages_are_read_as_the_text_a_browser_shows() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("ledger.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>Ferry</title><script>track('<p>')</script></head>\
         <body><h1>Ferry sinks near Gull Island</h1><p class=\"lead\">The ferry&nbsp;sank near \
         <a href=\"/gull\">Gull Island</a> on Monday, and all twelve passengers were rescued by \
         the island&rsquo;s fishermen.</p></body></html>",
    )
    .unwrap();
    let text = dir.join("wire.txt");
    std::fs::write(
        &text,
        "A ferry sank near Gull Island on Monday. Fishermen rescued all twelve passengers.",
    )
    .unwrap();
    let o = corroborate(
        &[
            "--max-words",
            "60",
            page.to_str().unwrap(),
            text.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("The ferry sank near Gull Island on Monday, and all twelve passengers were rescued by the island’s fishermen."),
        "{out}"
    );
    assert!(
        !out.contains('<') && !out.contains("&rsquo;") && !out.contains("track"),
        "{out}"
    );
    // The same page from standard input is told by its doctype.
    let html = std::fs::read_to_string(&page).unwrap();
    let o = corroborate(&["--json", "-"], &html);
    assert!(
        stdout(&o).contains("the island’s fishermen"),
        "{}",
        stdout(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_part_of_a_page_is_read_as_text_too() {
    // Paragraphs copied from a page's source, without its doctype: each block was markup,
    // so the article had no sentence at all.
    let fragment = "<div class=\"story\"><p>The ferry sank near Gull Island on Monday, and all \
                    twelve passengers were rescued by the island&rsquo;s fishermen.</p>\n\
                    <p>The coast guard said the <b>engine</b> had failed.</p></div>";
    let o = corroborate(&["--max-words", "60", "-"], fragment);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("rescued by the island’s fishermen."), "{out}");
    assert!(
        out.contains("The coast guard said the engine had failed."),
        "{out}"
    );
    assert!(!out.contains('<'), "{out}");
}

#[test]
fn text_files_are_read_with_entities_encoding_damage_and_doubled_quotes_repaired() {
    // Copied from a feed (character references) and from a page shown in the wrong
    // encoding (UTF-8 read as Windows-1252).
    let feed = "The Lindqvist Bridge will close on June 1, the city&rsquo;s mayor said on \
                Wednesday. &quot;We will not take chances,&quot; she said.";
    let o = corroborate(&["--max-words", "60", "-"], feed);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("the city’s mayor said"), "{out}");
    assert!(
        out.contains("\"We will not take chances,\" she said."),
        "{out}"
    );
    let misread = "The Lindqvist Bridge in MalmÃ¶ will close on June 1 â€” for six months, \
                   the cityâ€™s mayor said on Wednesday.";
    let o = corroborate(&["--max-words", "60", "-"], misread);
    let out = stdout(&o);
    assert!(
        out.contains("in Malmö will close on June 1 — for six months, the city’s mayor said"),
        "{out}"
    );
    // A spreadsheet's CSV cell: its own quotes, and every quotation mark doubled.
    let csv = r#""The Lindqvist Bridge will close on June 1. ""We will not take chances,"" the city's mayor said on Wednesday.""#;
    let out = stdout(&corroborate(&["--max-words", "60", "-"], csv));
    assert!(
        out.contains("\"We will not take chances,\" the city's mayor said"),
        "{out}"
    );
}

#[test]
fn jsonl_batch_mode() {
    let input = concat!(
        r#"{"id": "a", "articles": ["The ferry sank near Gull Island on Monday and all were rescued.", {"text": "All were rescued after the ferry sank near Gull Island on Monday.", "title": "Gull Times"}]}"#,
        "\n\n",
        r#"{"id": 7, "articles": []}"#,
        "\n",
        "not json\n",
    );
    let o = corroborate(&["--jsonl", "--max-words", "50"], input);
    assert_eq!(o.status.code(), Some(1), "some clusters failed");
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["summary"]["stats"]["sources"], 2);
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(
        lines[1]["error"],
        "no text to summarize: paste at least one article"
    );
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 4: not a cluster"));
}

#[test]
fn bad_input_gets_a_message_and_an_exit_code_never_a_panic() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "no articles given"),
        (
            &["/nonexistent/article.txt"],
            "cannot read /nonexistent/article.txt",
        ),
        (
            &["--max-words", "ten", "-"],
            "--max-words needs a whole number of 1 or more, not \"ten\"",
        ),
        (
            &["--max-sentences", "-1", "-"],
            "--max-sentences needs a whole number of 1 or more, not \"-1\"",
        ),
        (
            &["--type", "poem", "-"],
            "--type must be key-points, tldr, teaser or headline",
        ),
        (&["--frobnicate"], "unknown option --frobnicate"),
        (
            &["--max-words", "0", "-"],
            "--max-words needs a whole number of 1 or more, not \"0\"",
        ),
    ];
    for (args, message) in cases {
        let o = corroborate(args, "Some text here.");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with("corroborate: ") && err.contains(message),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"));
    }
    // Empty stdin, binary junk: a message or a summary, never a crash.
    let o = corroborate(&["-"], "");
    assert_eq!(
        stderr(&o),
        "corroborate: no text to summarize: paste at least one article\n"
    );
    let junk: String = (0u8..=255).map(char::from).collect::<String>().repeat(50);
    let o = corroborate(&["-"], &junk);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.txt");
    std::fs::write(
        &path,
        b"The caf\xe9 on Harbor Street reopened on Friday after the flood damage was repaired.",
    )
    .unwrap();
    let o = corroborate(&[path.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("caf\u{fffd} on Harbor Street"));
}

#[test]
fn help_and_version() {
    let o = corroborate(&["--help"], "");
    assert!(o.status.success() && stdout(&o).contains("Usage: corroborate [OPTIONS] FILE..."));
    let o = corroborate(&["-V"], "");
    assert_eq!(
        stdout(&o),
        format!("corroborate {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_empty_summary_says_why() {
    let o = corroborate(&["-"], "Crane Collapses\nPier Closed\nMore News\n");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("No sentences found"), "{}", stderr(&o));
    let run_on = "the crane fell and the pier closed and ".repeat(30) + "it rained.";
    let o = corroborate(&["-"], &run_on);
    assert!(
        stderr(&o).contains("No sentence of a usable length"),
        "{}",
        stderr(&o)
    );
    // JSON carries the empty list; the reason is the reader's, not the data's.
    let o = corroborate(&["--json", "-"], "Crane Collapses\n");
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

/// Three made-up reports of one fire that give different death tolls.
fn fire_files(name: &str) -> (std::path::PathBuf, Vec<String>) {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let texts = [
        "Mill fire in Vallen\n\nA fire at the Vallen textile mill on Friday killed 9 people, the fire chief said.\nThe mill had been inspected in June, owners said.",
        "The Vallen textile mill fire on Friday killed 14 people, the fire chief said.\nInvestigators are looking at the wiring, police said.",
        "A fire at the Vallen textile mill on Friday killed 9 people, the fire chief said on Saturday.\nThe owners said the mill had been inspected in June.",
    ];
    let paths = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = dir.join(format!("outlet{}.txt", i + 1));
            std::fs::write(&path, t).unwrap();
            path.to_string_lossy().into_owned()
        })
        .collect();
    (dir, paths)
}

#[test]
fn disagreements_follow_the_summary_in_every_output() {
    let (_dir, files) = fire_files("differ");
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    // Plain: standard output is the summary alone; the disagreement follows on standard error.
    let o = corroborate(&files, "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).contains("Sources differ"));
    let err = stderr(&o);
    assert!(err.contains("sources differ:"), "{err}");
    assert!(
        err.contains("9 people (") && err.contains("14 people ("),
        "{err}"
    );
    assert!(
        err.contains("outlet1.txt") && err.contains("outlet2.txt"),
        "{err}"
    );
    // Markdown: a section after the list.
    let md = stdout(&corroborate(&[&["--markdown"], &files[..]].concat(), ""));
    let section = md.find("**Sources differ**").expect(&md);
    assert!(
        md[section..].contains("*9 people*") && md[section..].contains("*14 people*"),
        "{md}"
    );
    // JSON: the whole list, with spans into the articles.
    let json: serde_json::Value = serde_json::from_str(&stdout(&corroborate(
        &[&["--json"], &files[..]].concat(),
        "",
    )))
    .unwrap();
    let values = &json["disagreements"][0]["values"];
    assert_eq!(values[0]["text"], "9 people");
    assert_eq!(values[0]["articles"], serde_json::json!([0, 2]));
    assert_eq!(values[1]["text"], "14 people");
    // Explain: which figures were compared and why they were matched.
    let explained = stdout(&corroborate(&[&["--explain"], &files[..]].concat(), ""));
    assert!(
        explained.contains("\"9 people\"")
            && explained.contains("one quantity, different values: reported"),
        "{explained}"
    );
}

/// `count` small clusters in JSONL, every `bad`th line not a cluster.
fn many_clusters(count: usize, bad: usize) -> String {
    (0..count)
        .map(|i| {
            if bad > 0 && i % bad == bad - 1 {
                format!("{{\"id\": {i}, \"articles\": \"oops\"}}\n")
            } else {
                let a = format!("The Vallen ferry carried {} passengers on Monday, the harbour master said. It left at noon.", 100 + i);
                let b = format!("On Monday the Vallen ferry carried {} passengers, the harbour master said, and it left at noon.", 100 + i);
                serde_json::json!({ "id": i, "articles": [a, b] }).to_string() + "\n"
            }
        })
        .collect()
}

#[test]
fn jsonl_on_several_threads_keeps_input_order_and_goes_on_after_bad_lines() {
    let input = many_clusters(60, 7);
    let one = corroborate(&["--jsonl", "--jobs", "1"], &input);
    // More jobs than any machine has cores: at most cli's MAX_JOBS threads start.
    for jobs in ["2", "3", "8", "99999999999999999999"] {
        let o = corroborate(&["--jsonl", "--jobs", jobs], &input);
        assert_eq!(o.status.code(), Some(1), "a bad line makes the exit code 1");
        assert_eq!(
            stdout(&o),
            stdout(&one),
            "--jobs {jobs} gives the same lines in the same order"
        );
        // Not a terminal: no progress line.
        assert_eq!(stderr(&o), "");
    }
    let lines = json_lines(&one);
    assert_eq!(lines.len(), 60);
    for (i, line) in lines.iter().enumerate() {
        if i % 7 == 6 {
            assert_eq!(line["line"], i + 1);
            assert_eq!(
                line["id"], i,
                "a JSON line that is not a cluster keeps its id"
            );
            assert!(line["error"]
                .as_str()
                .unwrap()
                .starts_with(&format!("line {}: not a cluster", i + 1)));
        } else {
            assert_eq!(line["id"], i);
            assert!(line["summary"]["sentences"]
                .as_array()
                .is_some_and(|s| !s.is_empty()));
        }
    }
}

#[test]
fn a_budget_larger_than_any_input_is_no_budget() {
    let text = "The crane fell at Port Verity on Tuesday. The pier will stay closed for two weeks.";
    let all = corroborate(&["--max-words", "1000", "-"], text);
    for flag in ["--max-words", "--max-sentences"] {
        let o = corroborate(&[flag, "99999999999999999999999", "-"], text);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&all));
    }
}

#[test]
fn input_past_the_limit_is_refused_without_reading_on() {
    // Files: the limit counts all of them, and the message names the one that goes past it
    // and the flag that raises it.
    let (_dir, files) = crane_files("limit");
    let size = |f: &String| std::fs::metadata(f).unwrap().len() as usize;
    let limit = (size(&files[0]) + size(&files[1]) + 1).to_string();
    let mut args = vec!["--max-input-bytes", limit.as_str()];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "corroborate: input too large: the files given hold more than the limit of {limit} \
             bytes ({} goes past it); summarize less text at once or raise --max-input-bytes\n",
            files[2]
        )
    );
    // Standard input of 4 MB against a limit of 1,000 bytes: refused after 1,001 (the rest is
    // never read, so a stream that never ends is refused too).
    let o = corroborate(
        &["--max-input-bytes", "1000", "-"],
        &"word ".repeat(800_000),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("(- goes past it)"), "{}", stderr(&o));
    // The library's limits, as the command line names them.
    let mut args = vec!["--max-articles", "2"];
    args.extend(files.iter().map(String::as_str));
    let o = corroborate(&args, "");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).ends_with("summarize them in smaller groups or raise --max-articles\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_jsonl_line_too_long_for_the_limit_is_an_error_line_and_the_next_goes_on() {
    // At a limit of 1,000 bytes of text, a line may hold 6,000 bytes of escaped text and
    // 64 KiB more; one of 200 KB is passed over unread and answered with an error line.
    let long = serde_json::json!({ "id": "long", "articles": ["word ".repeat(40_000)] });
    let input = format!("{long}\n{}", many_clusters(1, 0));
    let o = corroborate(&["--jsonl", "--max-input-bytes", "1000"], &input);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(
        lines[0]["error"],
        "line 1: longer than 71536 bytes, more than its articles can hold within the input \
         limit; summarize less text at once or raise --max-input-bytes"
    );
    assert_eq!(lines[1]["id"], 0);
    assert!(lines[1]["summary"].is_object());
    // A cluster within the line's bound but over the limit is refused by the library, with
    // the flag named.
    let over = serde_json::json!({ "id": "over", "articles": ["word ".repeat(1_000)] });
    let o = corroborate(
        &["--jsonl", "--max-input-bytes", "1000"],
        &format!("{over}\n"),
    );
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1);
    assert!(lines[0]["error"]
        .as_str()
        .unwrap()
        .ends_with("raise --max-input-bytes"));
}

#[test]
fn jobs_must_be_a_whole_number_of_one_or_more() {
    for bad in ["0", "two", "-1", ""] {
        let o = corroborate(&["--jsonl", "--jobs", bad], "");
        assert_eq!(o.status.code(), Some(2), "--jobs {bad:?}");
        assert!(
            stderr(&o).contains("--jobs needs a whole number"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn a_closed_standard_output_ends_the_run_quietly() {
    let input = many_clusters(3000, 0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(["--jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // Read one line, then close the pipe, as `| head -n 1` does.
    let mut first = String::new();
    {
        use std::io::BufRead;
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut first).unwrap();
    }
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(first.starts_with("{\"id\":0,"), "{first}");
    assert!(o.status.success(), "{:?}", o.status);
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
}

#[test]
fn language_is_detected_reported_and_may_be_forced() {
    let (_dir, files) = fixture_files("pont-ferme.txt", "lang");
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let json = stdout(&corroborate(&[&["--json"], &files[..]].concat(), ""));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let languages: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["language"].as_str().unwrap())
        .collect();
    assert_eq!(languages, ["fr"; 4]);
    let explained = stdout(&corroborate(&[&["--explain"], &files[..]].concat(), ""));
    assert!(
        explained.contains("languages: a0 fr, a1 fr, a2 fr, a3 fr"),
        "{explained}"
    );
    // Forced: every article is read as German, and the summary still comes.
    let forced = stdout(&corroborate(
        &[&["--json", "--language", "de"], &files[..]].concat(),
        "",
    ));
    let v: serde_json::Value = serde_json::from_str(&forced).unwrap();
    assert!(v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["language"] == "de"));
    assert!(!v["sentences"].as_array().unwrap().is_empty());
    // An unknown code: an error that lists the codes.
    let o = corroborate(&[&["--language", "xx"], &files[..]].concat(), "");
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("--language \"xx\"") && err.contains("en, fr, de"),
        "{err}"
    );
}

#[test]
fn focus_turns_the_summary_toward_the_reader_and_explain_says_what_it_named() {
    let (_dir, files) = crane_files("focus");
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let plain = stdout(&corroborate(&[&["-s", "2"], &files[..]].concat(), ""));
    let focused = stdout(&corroborate(
        &[
            &["-s", "2", "--focus", "When was the crane last inspected?"],
            &files[..],
        ]
        .concat(),
        "",
    ));
    assert!(!plain.contains("March"), "{plain}");
    assert!(
        focused.contains("inspect") && focused.contains("March"),
        "{focused}"
    );
    let explained = stdout(&corroborate(
        &[&["--explain", "--focus", "last inspection"], &files[..]].concat(),
        "",
    ));
    assert!(explained.contains("focus names: "), "{explained}");
    assert!(explained.contains("last inspection"), "{explained}");
    let nothing = stdout(&corroborate(
        &[
            &["--explain", "--focus", "quantum chromodynamics"],
            &files[..],
        ]
        .concat(),
        "",
    ));
    assert!(
        nothing.contains("focus \"quantum chromodynamics\" names nothing in the articles: the summary is as without it"),
        "{nothing}"
    );
    // A focus that names nothing leaves the summary as it was.
    let unmatched = stdout(&corroborate(
        &[
            &["-s", "2", "--focus", "quantum chromodynamics"],
            &files[..],
        ]
        .concat(),
        "",
    ));
    assert_eq!(unmatched, plain);
}
