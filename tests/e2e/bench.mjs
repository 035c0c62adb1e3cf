// Browser benchmark: the wasm module's start-up and `summarize` in headless Chromium on
// real news from ../shared/eval/data (read at run time, never copied), next to the npm peers
// of the shared harness on the same input (their own timing, through the harness's worker).
//   node tests/e2e/bench.mjs        (after www/build.sh; peers need tools/eval.sh once;
//                                    PEERS=0 skips them)
import { readFileSync, existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { launch, startServer } from "./browser.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const DATA = process.env.DATA ?? `${ROOT}../shared/eval/data/dev.jsonl`;
const clusters = readFileSync(DATA, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const fives = clusters.filter((c) => c.articles.length === 5).slice(0, 10).map((c) => c.articles);
const hundred = clusters.flatMap((c) => c.articles).slice(0, 100);
// 1,000 articles: the development articles cycled (later rounds are syndicated copies, merged
// as such, but read and segmented like any article).
const every = clusters.flatMap((c) => c.articles);
const thousand = Array.from({ length: 1000 }, (_, i) => every[i % every.length]);
const bytes = (articles) => articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const kb = (articles) => (bytes(articles) / 1024).toFixed(0);
const sizes = fives.map(bytes).sort((a, b) => a - b);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { server, url } = await startServer();
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${url}favicon.svg`);
// A page that has not loaded the module yet, in a fresh browser context each time (nothing
// cached; the connection to the server warmed by one small request): start-up (import the
// glue, fetch, compile and instantiate the module), then the first call on a five-article
// cluster (Chromium compiles each function on its first call) and the second. Median of 7,
// two ways: one request after the other (a page that imports the glue when it needs it), and
// with the module's fetch started beside the glue's import, as the preload links of
// `www/index.html` (and of the README's embedding snippet) have the browser do. For scale,
// the same fresh context's import of a 1.6 KB module of ours that does nothing (`example.js`):
// what one request costs here, whatever it fetches.
const cold = { serial: [], parallel: [], request: [] };
for (let i = 0; i < 7; i++) {
  for (const mode of ["serial", "parallel", "request"]) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`${url}favicon.svg`);
    if (mode === "request") {
      cold.request.push(await fresh.evaluate(async () => {
        const t0 = performance.now();
        await import("/example.js");
        return performance.now() - t0;
      }));
      await context.close();
      continue;
    }
    cold[mode].push(await fresh.evaluate(async ({ articles, mode }) => {
      const t0 = performance.now();
      const wasm = mode === "parallel" ? fetch("/pkg/corroborate_bg.wasm") : undefined;
      const m = await import("/pkg/corroborate.js");
      await m.default(wasm && { module_or_path: wasm });
      const t1 = performance.now();
      m.summarize(articles, { maxWords: 250 });
      const t2 = performance.now();
      m.summarize(articles, { maxWords: 250 });
      const t3 = performance.now();
      // What of the start-up is the browser's requests (until the last byte of glue and
      // module arrived) and what is ours after it (evaluating the glue, compiling and
      // instantiating): the Resource Timing entries of the two requests.
      const arrived = Math.max(...performance.getEntriesByType("resource")
        .filter((e) => e.name.includes("/pkg/corroborate"))
        .map((e) => e.responseEnd));
      return {
        startup: t1 - t0, firstCall: t2 - t1, secondCall: t3 - t2,
        network: arrived - t0, afterNetwork: t1 - arrived,
      };
    }, { articles: fives[0], mode }));
    await context.close();
  }
}

const wasm = await page.evaluate(async ({ fives, hundred, thousand }) => {
  const m = await import("/pkg/corroborate.js");
  await m.default();
  // The module alone, its bytes already here (a cached or preloaded page): compile and
  // instantiate, median of 5 fresh instances.
  const bytes = await (await fetch("/pkg/corroborate_bg.wasm")).arrayBuffer();
  const inits = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const module = await WebAssembly.compile(bytes);
    // Stub imports (the glue's functions are not called while instantiating).
    const imports = {};
    for (const { module: name, name: field } of WebAssembly.Module.imports(module)) {
      (imports[name] ??= {})[field] = () => {};
    }
    await WebAssembly.instantiate(module, imports);
    inits.push(performance.now() - s);
  }
  const compile = inits.sort((a, b) => a - b)[2];
  // Median over `runs` batches of the mean time per call in a batch: performance.now() is
  // coarsened to 0.1 ms here, so a call of a few tenths of a millisecond is timed in batches
  // of at least 5 ms.
  const time = (articles, runs) => {
    let s = performance.now();
    m.summarize(articles, { maxWords: 250 }); // warm-up, and a first estimate
    const batch = Math.max(1, Math.ceil(5 / Math.max(performance.now() - s, 0.05)));
    const ms = [];
    for (let i = 0; i < runs; i++) {
      s = performance.now();
      for (let j = 0; j < batch; j++) m.summarize(articles, { maxWords: 250 });
      ms.push((performance.now() - s) / batch);
    }
    return ms.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  return {
    compile,
    // Chromium runs new code in its baseline compiler and moves hot functions to the
    // optimizing one in the background: the first calls of a page run the baseline code.
    fiveBaseline: fives.map((a) => time(a, 30)),
    five: (() => {
      for (let i = 0; i < 20; i++) for (const a of fives) m.summarize(a, { maxWords: 250 });
      return fives.map((a) => time(a, 30));
    })(),
    hundred: time(hundred, 10),
    thousand: time(thousand, 5),
  };
}, { fives, hundred, thousand });

// The demo page as a returning reader opens it: the articles come back from local storage and
// the page summarizes them on load (the built-in example, three articles). Time from
// navigation to the summary on screen, in fresh browser contexts (nothing cached).
const pageRuns = [];
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.click("#example");
  await page.waitForSelector("#summary .cb-sentence");
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("#summary .cb-sentence")) {
        window.firstSummary = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.reload();
  await page.waitForFunction(() => window.firstSummary !== undefined);
  pageRuns.push(await page.evaluate(() => ({
    summary: window.firstSummary,
    dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  })));
  await context.close();
}
// A new reader: the page opened with nothing stored, then (a second later, the page idle)
// the example pasted with one click; time from the click to the summary on screen.
const pasteRuns = [];
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  pasteRuns.push(await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (document.querySelector("#summary .cb-sentence")) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    }).observe(document.getElementById("summary"), { subtree: true, childList: true });
    document.getElementById("example").click();
  })));
  await context.close();
}
await browser.close();
server.close();

/** Runs one npm peer through the harness's worker protocol; returns its median ms per input. */
async function peer(system, inputs, runs) {
  const worker = `${ROOT}target/eval/peers/js_worker.js`;
  if (!existsSync(worker) || process.env.PEERS === "0") return null;
  const child = spawn("node", [worker, system], { stdio: ["pipe", "pipe", "ignore"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  await lines.next(); // ready
  const out = [];
  for (const articles of inputs) {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      child.stdin.write(JSON.stringify({ id: "b", articles, words: 250, seed: 0, warmup: false }) + "\n");
      ms.push(JSON.parse((await lines.next()).value).ms);
    }
    out.push(median(ms));
  }
  child.kill();
  return out;
}

/** Median and range of `xs`, to `digits` decimals. */
const ms = (xs, digits = 0) =>
  `${median(xs).toFixed(digits)} ms (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const coldMs = (mode, key) => ms(cold[mode].map((c) => c[key]), 1);
console.log(`module start-up on a cold page, one request after the other (import the glue, fetch, compile, instantiate; median of 7): ${coldMs("serial", "startup")}`);
console.log(`module start-up on a cold page, the module fetched beside the glue (as the preload links do; median of 7): ${coldMs("parallel", "startup")}`);
console.log(`of which the two requests, until their last byte arrived (Resource Timing; the local server answers in 0.1 ms): ${coldMs("serial", "network")} one after the other, ${coldMs("parallel", "network")} beside each other; after the last byte (glue evaluated, module compiled and instantiated): ${coldMs("serial", "afterNetwork")} / ${coldMs("parallel", "afterNetwork")}`);
console.log(`for scale: importing a 1.6 KB module that does nothing, on a cold page (median of 7): ${ms(cold.request, 1)}`);
console.log(`compile + instantiate from bytes already fetched (median of 5): ${wasm.compile.toFixed(1)} ms`);
console.log(`first / second call on a cold page (five articles; the first compiles the functions it runs; median of 7): ${coldMs("serial", "firstCall")} / ${coldMs("serial", "secondCall")}; the module fetched beside the glue ${coldMs("parallel", "firstCall")} / ${coldMs("parallel", "secondCall")}`);
console.log(`demo page, first paste to its summary on screen (median of 10): ${ms(pasteRuns)}`);
console.log(`demo page, navigation to first summary on screen (median of 10): ${ms(pageRuns.map((r) => r.summary))}; DOMContentLoaded ${ms(pageRuns.map((r) => r.dcl))}`);
// The npm peers: lexrank and node-summary (sentence graphs, what a web page would reach for)
// and node-summarizer's frequency mode (word counts: the fastest, and no weaker than the graph
// peers by the harness's scores; none of the three is near ours, see tools/eval.sh).
const PEER_COLUMNS = [
  ["lexrank_js", "lexrank"],
  ["node_summary", "node-summary"],
  ["node_summarizer_freq", "node-summarizer, frequency"],
];
console.log(`| input | size | corroborate (wasm, Chromium) | ${PEER_COLUMNS.map(([, n]) => `${n} (npm, Node)`).join(" | ")} |`);
console.log(`|---|---:|---:|${PEER_COLUMNS.map(() => "---:").join("|")}|`);
const peers5 = [];
const peers100 = [];
for (const [system] of PEER_COLUMNS) {
  peers5.push(await peer(system, fives, 3));
  peers100.push(await peer(system, [hundred], 1));
}
const fmt = (x) => (x == null ? "n/a" : `${x.toFixed(2)} ms`);
const range = `${(sizes[0] / 1024).toFixed(0)}–${(sizes.at(-1) / 1024).toFixed(0)} KB`;
const cells = (xs) => xs.map(fmt).join(" | ");
console.log(`| 5-article clusters, first calls of the page (median of ${fives.length}) | ${range} | ${fmt(median(wasm.fiveBaseline))} | ${PEER_COLUMNS.map(() => "").join(" | ")} |`);
console.log(`| 5-article clusters (median of ${fives.length}) | ${range} | ${fmt(median(wasm.five))} | ${cells(peers5.map((p) => p && median(p)))} |`);
console.log(`| 100 articles | ${kb(hundred)} KB | ${fmt(wasm.hundred)} | ${cells(peers100.map((p) => p?.[0]))} |`);
console.log(`| 1,000 articles (cycled) | ${kb(thousand)} KB | ${fmt(wasm.thousand)} | ${PEER_COLUMNS.map(() => "not run").join(" | ")} |`);
