// A/B of two builds of the wasm package in headless Chromium, alternating in one browser so
// that the machine's drift from one minute to the next falls on both alike. Each round opens a
// fresh context per build (nothing cached), times the first call on a five-article
// development cluster (Chromium compiles each function on its first call), then the steady
// state on all of them (median over 5 ms batches, as in bench.mjs).
//   node tests/e2e/ab.mjs DIR_A DIR_B [ROUNDS]     (DIR: a www/build.sh output, e.g. a copy
//                                                  of www/pkg; ROUNDS defaults to 8)
import { cpSync, readFileSync, rmSync } from "node:fs";
import { launch, startServer } from "./browser.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const [dirA, dirB, rounds = "8"] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error("usage: node tests/e2e/ab.mjs DIR_A DIR_B [ROUNDS]");
  process.exit(2);
}
const clusters = readFileSync(`${ROOT}../shared/eval/data/dev.jsonl`, "utf8")
  .trim().split("\n").map((l) => JSON.parse(l));
const fives = clusters.filter((c) => c.articles.length === 5).map((c) => c.articles);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Served from www/ for the length of the run.
const builds = { a: dirA, b: dirB };
for (const [name, dir] of Object.entries(builds)) cpSync(dir, `${ROOT}www/ab_${name}`, { recursive: true });
const { server, url } = await startServer();
const browser = await launch();
const result = { a: { first: [], steady: [] }, b: { first: [], steady: [] } };
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const name of round % 2 ? ["b", "a"] : ["a", "b"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}favicon.svg`);
      const r = await page.evaluate(async ({ name, fives }) => {
        const m = await import(`/ab_${name}/corroborate.js`);
        await m.default();
        const t = performance.now();
        m.summarize(fives[0], { maxWords: 250 });
        const first = performance.now() - t;
        for (let i = 0; i < 20; i++) for (const a of fives) m.summarize(a, { maxWords: 250 });
        const steady = fives.map((a) => {
          const xs = [];
          for (let k = 0; k < 15; k++) {
            const s = performance.now();
            let n = 0;
            while (performance.now() - s < 5) {
              m.summarize(a, { maxWords: 250 });
              n++;
            }
            xs.push((performance.now() - s) / n);
          }
          return xs.sort((x, y) => x - y)[7];
        });
        return { first, steady: steady.sort((x, y) => x - y)[Math.floor(steady.length / 2)] };
      }, { name, fives });
      result[name].first.push(r.first);
      result[name].steady.push(r.steady);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  for (const name of Object.keys(builds)) rmSync(`${ROOT}www/ab_${name}`, { recursive: true, force: true });
}
for (const [name, dir] of Object.entries(builds)) {
  const { first, steady } = result[name];
  console.log(`${name} (${dir}): first call ${median(first).toFixed(1)} ms (${first.map((x) => x.toFixed(1)).join(" ")}); ` +
    `five-article clusters ${median(steady).toFixed(3)} ms (${steady.map((x) => x.toFixed(2)).join(" ")})`);
}
