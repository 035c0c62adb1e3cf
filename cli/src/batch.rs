//! `--jsonl`: one cluster per line in, one JSON result per line out, in input order, summarized
//! on every core (`--jobs`), reading and writing as it goes.
//!
//! A reader thread hands lines to the workers; the main thread writes results in input order
//! as they become ready. At most [`WINDOW_PER_JOB`] × jobs clusters are between reading and
//! writing, so memory stays flat on a file of any length, and a slow cluster holds the output
//! back only that far. A line that is not a cluster gets an error line of its own; the others go
//! on. When standard output is closed (`| head`), the run ends quietly.

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use corroborate::{summarize, Article, Options};
use serde::Deserialize;

/// Clusters in flight per worker: enough that no worker waits for another's slow cluster.
const WINDOW_PER_JOB: usize = 8;
/// How often the progress line on a terminal is redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// One cluster.
#[derive(Deserialize)]
struct Cluster {
    #[serde(default)]
    id: serde_json::Value,
    articles: Vec<ArticleInput>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ArticleInput {
    Text(String),
    Full(Article),
}

/// A line's result: its JSON line, whether it succeeded, and the time inside `summarize`.
struct Done {
    line: String,
    ok: bool,
    ms: f64,
}

/// The JSON result of input line `number` (1-based).
fn process(number: usize, line: &str, options: &Options) -> Done {
    let cluster = match serde_json::from_str::<Cluster>(line) {
        Ok(cluster) => cluster,
        Err(e) => {
            // Its id, when the line is JSON with one.
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned());
            return line_error(number, id, format!("line {number}: not a cluster: {e}"));
        }
    };
    let articles: Vec<Article> = cluster
        .articles
        .into_iter()
        .map(|a| match a {
            ArticleInput::Text(text) => Article::new(text),
            ArticleInput::Full(article) => article,
        })
        .collect();
    let start = Instant::now();
    let result = summarize(&articles, options);
    let ms = start.elapsed().as_secs_f64() * 1e3;
    let (value, ok) = match result {
        Ok(summary) => (
            serde_json::json!({ "id": cluster.id, "summary": summary }),
            true,
        ),
        Err(e) => (
            serde_json::json!({ "id": cluster.id, "error": crate::message(&e) }),
            false,
        ),
    };
    Done {
        line: value.to_string(),
        ok,
        ms,
    }
}

/// The longest input line read: JSON of articles within `options.max_input_bytes` of text,
/// each character escaped as `\u0000` at worst (six bytes), and 64 KiB for the rest of the
/// cluster. A longer line could only be refused after holding it all.
fn max_line_bytes(options: &Options) -> usize {
    options
        .max_input_bytes
        .saturating_mul(6)
        .saturating_add(64 << 10)
}

/// The error line of input line `number`, which is no cluster to summarize: `{"line", "error"}`,
/// with its `id` when it has one.
fn line_error(number: usize, id: Option<serde_json::Value>, error: String) -> Done {
    let value = match id {
        Some(id) => serde_json::json!({ "id": id, "line": number, "error": error }),
        None => serde_json::json!({ "line": number, "error": error }),
    };
    Done {
        line: value.to_string(),
        ok: false,
        ms: 0.0,
    }
}

/// The error line of input line `number`, longer than `max_line` bytes.
fn too_long(number: usize, max_line: usize) -> Done {
    let error = format!(
        "line {number}: longer than {max_line} bytes, more than its articles can hold within \
         the input limit; summarize less text at once or raise --max-input-bytes"
    );
    line_error(number, None, error)
}

/// Reads past the rest of the current line, newline included, holding none of it.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buffer.len();
                input.consume(n);
            }
        }
    }
}

/// The progress line on standard error, when that is a terminal.
struct Progress {
    on: bool,
    start: Instant,
    last: Option<Instant>,
}

impl Progress {
    fn new() -> Self {
        Progress {
            on: io::stderr().is_terminal(),
            start: Instant::now(),
            last: None,
        }
    }

    fn show(&mut self, done: usize, force: bool) {
        if !self.on || !force && self.last.is_some_and(|t| t.elapsed() < PROGRESS_EVERY) {
            return;
        }
        let seconds = self.start.elapsed().as_secs_f64().max(1e-9);
        eprint!(
            "\r{done} clusters, {:.0} per second\x1b[K",
            done as f64 / seconds
        );
        self.last = Some(Instant::now());
    }

    fn finish(&mut self, done: usize) {
        if self.on && self.last.is_some() {
            self.show(done, true);
            eprintln!();
        }
    }
}

/// The most workers `--jobs` starts: more threads than cores only wait for one another, and
/// each costs a stack (`--jobs 100000` spent 7 s starting them for two clusters).
pub(crate) const MAX_JOBS: usize = 256;

/// Runs `--jsonl` with `jobs` workers. Returns whether every line succeeded.
pub(crate) fn run(options: &Options, jobs: usize, timing: bool) -> Result<bool, String> {
    let jobs = jobs.clamp(1, MAX_JOBS);
    let window = jobs * WINDOW_PER_JOB;
    let max_line = max_line_bytes(options);
    // Tickets: the reader takes one per line, the writer gives it back once the line is out.
    let (ticket_tx, ticket_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = ticket_tx.send(());
    }
    let (work_tx, work_rx) = mpsc::channel::<(usize, usize, Option<String>)>();
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(usize, Done)>();
    std::thread::scope(|scope| {
        // Lines in: (order among the clusters, line number, text); blank lines are skipped.
        // A line too long to hold articles within the input limit is `None`: its bytes are
        // passed over, never held. Bytes that are not UTF-8 become U+FFFD, as in files.
        let reader = scope.spawn(move || -> Result<(), String> {
            let failed = |e: io::Error| format!("cannot read standard input: {e}");
            let mut input = io::stdin().lock();
            let (mut order, mut number) = (0, 0);
            loop {
                let mut bytes = Vec::new();
                let read = (&mut input)
                    .take(max_line as u64 + 1)
                    .read_until(b'\n', &mut bytes)
                    .map_err(failed)?;
                if read == 0 {
                    break;
                }
                number += 1;
                let too_long = bytes.len() > max_line && bytes.last() != Some(&b'\n');
                let line = if too_long {
                    None
                } else {
                    let text = crate::utf8_text(bytes);
                    if text.trim().is_empty() {
                        continue;
                    }
                    Some(text)
                };
                if ticket_rx.recv().is_err() || work_tx.send((order, number, line)).is_err() {
                    break; // the writer stopped: standard output is closed
                }
                order += 1;
                // Its error is on its way out before the rest of it is passed over, which may
                // never end (`< /dev/zero`).
                if too_long {
                    skip_line(&mut input).map_err(failed)?;
                }
            }
            Ok(())
        });
        for _ in 0..jobs {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                let next = work_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((order, number, line))) = next else {
                    return;
                };
                let done = match line {
                    Some(line) => process(number, &line, options),
                    None => too_long(number, max_line),
                };
                if done_tx.send((order, done)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        // Results out, in input order.
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
        let (mut next, mut all_ok, mut total_ms) = (0, true, 0.0);
        let mut progress = Progress::new();
        let mut closed = false;
        'results: for (order, done) in done_rx.iter() {
            pending.insert(order, done);
            while let Some(done) = pending.remove(&next) {
                all_ok &= done.ok;
                total_ms += done.ms;
                if let Err(e) = writeln!(out, "{}", done.line) {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        closed = true;
                        break 'results;
                    }
                    return Err(format!("cannot write the results: {e}"));
                }
                next += 1;
                let _ = ticket_tx.send(());
                progress.show(next, false);
            }
        }
        // Stopping the reader and the workers: no more tickets, no more results.
        drop(ticket_tx);
        drop(done_rx);
        if !closed {
            if let Err(e) = out.flush() {
                if e.kind() != io::ErrorKind::BrokenPipe {
                    return Err(format!("cannot write the results: {e}"));
                }
                closed = true;
            }
        }
        progress.finish(next);
        if closed {
            // `| head`: the reader may still wait on standard input, which only its end
            // releases; the run is over, so the process ends here, quietly.
            std::process::exit(0);
        }
        reader
            .join()
            .map_err(|_| "the reader thread failed".to_string())??;
        if timing {
            eprintln!("summarize_ms={total_ms:.4}");
        }
        Ok(all_ok)
    })
}
