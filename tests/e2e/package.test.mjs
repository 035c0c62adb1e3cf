// The npm package (www/package.sh, after www/build.sh; .ci/test runs both): its tarball holds
// every file the widget needs, and installed into two scratch projects it shows a summary in
// headless Chromium with no request leaving the page's origin: a plain static page with an
// import map, and a Vite build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NPM = join(ROOT, "target", "npm");
const VITE = join(ROOT, "www", "node_modules", "vite", "bin", "vite.js");
const NEEDED = [
  "package.json", "README.md", "widget.js", "corroborate-widget.js", "corroborate.css",
  "pkg/corroborate.js", "pkg/corroborate_bg.wasm", "pkg/corroborate.d.ts",
];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
const ARTICLES = `
  <textarea id="a1" data-title="Vallen Courier">A fire at the Vallen textile mill on Friday killed 9 people, the fire chief said.

Firefighters fought the blaze for nearly 6 hours before it was under control, the fire chief said.</textarea>
  <textarea id="a2" data-title="North Shore Daily">The Vallen textile mill fire on Friday killed 14 people, the fire chief said.

Firefighters fought the blaze for up to 10 hours before it was under control, the fire chief said.</textarea>
  <corroborate-summary for="a1 a2" length="short"></corroborate-summary>`;

let tarball, browser;
before(async () => {
  const found = readdirSync(NPM).filter((f) => /^corroborate-.*\.tgz$/.test(f));
  assert.equal(found.length, 1, `one tarball in ${NPM} (run www/package.sh)`);
  tarball = join(NPM, found[0]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Serves `dir` on loopback; resolves to [server, url]. */
function serveDir(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve([server, `http://127.0.0.1:${server.address().port}/`])));
}

/** A scratch project with the tarball installed. */
function project(files) {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-package-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: dir, stdio: "pipe" });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Opens `url`, waits for the summary and checks it and the requests. */
async function showsASummary(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("corroborate-summary .cb-sentence", { timeout: 15000 });
  const sources = await page.locator(".cb-sentence .cb-source").allTextContents();
  assert.ok(sources.includes("Vallen Courier"), sources.join(", "));
  assert.deepEqual(await page.locator(".cb-disagreement", { hasText: "people" }).locator(".cb-figure").allTextContents(), ["9 people", "14 people"]);
  // Styled: the stylesheet came along (the badge has its background).
  const background = await page.locator(".cb-badge").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, "rgba(0, 0, 0, 0)");
  const origin = new URL(url).origin;
  for (const r of requests) assert.ok(r.startsWith(origin), `request to ${r}`);
  assert.deepEqual(errors, []);
  await context.close();
}

test("the tarball holds every file the widget needs", () => {
  const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of NEEDED) assert.ok(listed.includes(`package/${file}`), `${file} missing from ${tarball}`);
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
  assert.equal(manifest.name, "corroborate");
  assert.equal(manifest.type, "module");
  assert.equal(manifest.exports["./widget"], "./corroborate-widget.js");
  assert.ok(manifest.sideEffects.includes("./corroborate-widget.js"));
});

test("installed in a static page with an import map, one script shows a summary", async () => {
  const dir = project({
    "index.html": `<!doctype html><meta charset="utf-8"><title>static</title>
<script type="importmap">{"imports": {"corroborate/widget": "./node_modules/corroborate/corroborate-widget.js"}}</script>
<script type="module">import "corroborate/widget";</script>
<body>${ARTICLES}</body>`,
  });
  const [server, url] = await serveDir(dir);
  try {
    await showsASummary(url);
  } finally {
    server.close();
  }
});

test("installed in a Vite project, the built page shows a summary", async () => {
  const dir = project({
    "index.html": `<!doctype html><meta charset="utf-8"><title>vite</title>
<script type="module" src="./main.js"></script>
<body>${ARTICLES}</body>`,
    "main.js": `import "corroborate/widget";\n`,
  });
  execFileSync(process.execPath, [VITE, "build", "--logLevel", "error"], { cwd: dir, stdio: "pipe" });
  const [server, url] = await serveDir(join(dir, "dist"));
  try {
    await showsASummary(url);
  } finally {
    server.close();
  }
});
