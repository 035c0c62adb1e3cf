//! Criterion benchmarks of `summarize` over growing inputs: throughput (bytes/s) per input
//! size shows superlinear cost as falling throughput. Only the library call is timed.
//!
//! The news clusters are generated here, deterministically: each story has a set of facts
//! (sentences of names, numbers and words from a synthetic vocabulary); each outlet retells a
//! random subset of them in its own word order and adds sentences of its own, headings,
//! bylines and a subscribe prompt. Articles are about 8 KB, as a long news article is.

use corroborate::{summarize, Article, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// A small deterministic generator (64-bit LCG), so every run benchmarks the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ta", "ro", "ven", "mal", "ki", "dor", "sa", "lin", "pe", "gra", "mo", "tis", "ul", "bre",
    "con", "fa",
];
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "of", "to", "in", "and", "that", "on", "for", "with", "said", "was",
];

fn word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn sentence(rng: &mut Rng, words: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(words);
    for i in 0..words {
        let w = match rng.below(10) {
            0..=3 => FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_string(),
            4 => {
                let mut w = word(rng);
                w[..1].make_ascii_uppercase();
                w
            }
            5 if i > 0 => (rng.below(2000) + 1).to_string(),
            _ => word(rng),
        };
        out.push(w);
    }
    out
}

fn render(words: &[String]) -> String {
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}

/// A cluster of `articles` articles about one story, about `bytes_per_article` bytes each.
fn cluster(seed: u64, articles: usize, bytes_per_article: usize) -> Vec<Article> {
    let mut rng = Rng(seed);
    let facts: Vec<Vec<String>> = (0..40)
        .map(|_| {
            let n = 14 + rng.below(14);
            sentence(&mut rng, n)
        })
        .collect();
    (0..articles)
        .map(|a| {
            let mut text = format!("Headline Number {a} About The Story\nBy Reporter {a}\n\n");
            while text.len() < bytes_per_article {
                let mut s = if rng.below(3) > 0 {
                    facts[rng.below(facts.len())].clone()
                } else {
                    let n = 12 + rng.below(16);
                    sentence(&mut rng, n)
                };
                // Each outlet words it a little differently.
                let i = rng.below(s.len());
                let j = rng.below(s.len());
                s.swap(i, j);
                text.push_str(&render(&s));
                text.push_str(if rng.below(3) == 0 { "\n\n" } else { " " });
            }
            text.push_str("\n\nSubscribe to our newsletter.\n");
            Article::new(text)
        })
        .collect()
}

fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn five_article_cluster(c: &mut Criterion) {
    let articles = cluster(1, 5, 8_000);
    let mut group = c.benchmark_group("cluster");
    group.throughput(Throughput::Bytes(bytes(&articles)));
    for words in [100, 250] {
        let options = Options {
            max_words: Some(words),
            ..Options::default()
        };
        group.bench_with_input(
            BenchmarkId::new("5 articles, 40 KB", words),
            &options,
            |b, o| b.iter(|| summarize(black_box(&articles), o).map(|s| s.sentences.len())),
        );
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    let options = Options {
        max_words: Some(250),
        ..Options::default()
    };
    for n in [1, 5, 10, 20, 100, 1000] {
        let articles = cluster(n as u64, n, 5_000);
        group.throughput(Throughput::Bytes(bytes(&articles)));
        group.bench_with_input(BenchmarkId::new("articles", n), &articles, |b, a| {
            b.iter(|| summarize(black_box(a), &options).map(|s| s.sentences.len()))
        });
    }
    group.finish();
}

/// Pathological shapes: one long line without punctuation, many one-word lines, deeply
/// repeated text. Throughput should stay close to an ordinary cluster's.
fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    let mut rng = Rng(7);
    let long_line: String = (0..100_000).map(|_| word(&mut rng) + " ").collect();
    let one_word_lines: String = (0..100_000).map(|_| word(&mut rng) + "\n").collect();
    let repeated = "The crane fell on the north pier on Tuesday. ".repeat(20_000);
    // Two outlets' tables pasted without their line breaks: one sentence of 20,000 numbers
    // each, read as figures of two sources.
    let table = |offset: usize| -> String {
        let rows: Vec<String> = (0..20_000)
            .map(|i| format!("{} mm fell in {}", i + offset, word(&mut Rng(i as u64 + 1))))
            .collect();
        rows.join(", ") + "."
    };
    let options = Options::default();
    for (name, articles) in [
        ("one long line", vec![Article::new(long_line)]),
        ("one-word lines", vec![Article::new(one_word_lines)]),
        ("repeated sentence", vec![Article::new(repeated)]),
        (
            "unclosed comments",
            vec![Article::new("<!--".repeat(50_000) + " The crane fell.")],
        ),
        (
            "a table run together, two sources",
            vec![Article::new(table(0)), Article::new(table(1))],
        ),
    ] {
        group.throughput(Throughput::Bytes(bytes(&articles)));
        group.bench_with_input(
            BenchmarkId::new(name, articles[0].text.len()),
            &articles,
            |b, a| b.iter(|| summarize(black_box(a), &options).map(|s| s.sentences.len())),
        );
    }
    group.finish();
}

/// The development clusters of five articles (`../shared/eval/data/dev.jsonl`, or the file
/// `CORROBORATE_DEV_DATA` names), the same inputs as the browser benchmark's five-article
/// row (`tests/e2e/bench.mjs`), so native and browser times compare like for like, then
/// every cluster of the file in one run (its time over their number is the mean per
/// cluster). Real articles are shorter than the generated ones (2.9 KB median against 8 KB).
/// Skipped when the file is absent: the text stays in `../shared`.
fn development_clusters(c: &mut Criterion) {
    let path = std::env::var("CORROBORATE_DEV_DATA").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/data/dev.jsonl").to_string()
    });
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("development clusters not benchmarked: {path} not found");
        return;
    };
    let all: Vec<Vec<Article>> = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| {
            let articles = v.get("articles")?.as_array()?;
            let texts: Option<Vec<Article>> = articles
                .iter()
                .map(|a| a.as_str().map(Article::new))
                .collect();
            texts
        })
        .collect();
    let clusters: Vec<&Vec<Article>> = all.iter().filter(|c| c.len() == 5).take(10).collect();
    let mut group = c.benchmark_group("development");
    let options = Options {
        max_words: Some(250),
        ..Options::default()
    };
    for (i, articles) in clusters.iter().enumerate() {
        group.throughput(Throughput::Bytes(bytes(articles)));
        let id = format!("5 articles #{i}, {} KB", bytes(articles).div_ceil(1000));
        group.bench_with_input(BenchmarkId::new(id, 250), *articles, |b, a| {
            b.iter(|| summarize(black_box(a), &options).map(|s| s.sentences.len()))
        });
    }
    // Every cluster of the file in turn: the mean time per cluster over clusters of every
    // size and kind, not only those of five articles.
    let total: u64 = all.iter().map(|c| bytes(c)).sum();
    group.throughput(Throughput::Bytes(total));
    group.sample_size(20);
    let id = format!("all {} clusters, {} KB", all.len(), total.div_ceil(1000));
    group.bench_with_input(BenchmarkId::new(id, 250), &all, |b, all| {
        b.iter(|| {
            all.iter()
                .map(|a| summarize(black_box(a), &options).map_or(0, |s| s.sentences.len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    five_article_cluster,
    development_clusters,
    scaling,
    pathological
);
criterion_main!(benches);
