// The demo page: article boxes (or one box split on "---" lines), options, and a summary that
// updates as you type. Summarizing runs on the main thread for pasted news and in a Web Worker
// for large inputs; rendering uses the wasm renderer.
import { load, render, summarize, formatSummary } from "./widget.js";
import { EXAMPLE } from "./example.js";
// Element lists and the Windows-1252 table, generated from data/ as the library's are.
import { BLOCKS, CP1252, HIDDEN } from "./page_tables.js";

const $ = (id) => document.getElementById(id);
const STORE_KEY = "corroborate:v1";
const DEBOUNCE_MS = 200;

const list = $("articles");
const single = $("single-text");

// ---------------------------------------------------------------- article boxes
function addBox(article = { title: "", text: "" }, focus = false) {
  const li = document.createElement("li");
  li.className = "article";
  const head = document.createElement("div");
  head.className = "article-head";
  const label = document.createElement("span");
  label.className = "article-number";
  const title = document.createElement("input");
  title.type = "text";
  title.className = "article-title";
  title.placeholder = "Title or outlet (optional)";
  title.value = article.title ?? "";
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "remove";
  remove.textContent = "Remove";
  const text = document.createElement("textarea");
  text.className = "article-text";
  text.rows = 7;
  text.placeholder = "Paste an article here";
  text.value = article.text ?? "";
  remove.addEventListener("click", () => {
    const next = li.nextElementSibling ?? li.previousElementSibling;
    li.remove();
    if (list.children.length === 0) addBox();
    renumber();
    (next ?? list.firstElementChild)?.querySelector("textarea")?.focus();
    changed(true);
  });
  head.append(label, title, remove);
  li.append(head, text);
  list.append(li);
  renumber();
  if (focus) text.focus();
  return li;
}

function renumber() {
  [...list.children].forEach((li, i) => {
    const n = i + 1;
    li.querySelector(".article-number").textContent = `Article ${n}`;
    li.querySelector(".article-title").setAttribute("aria-label", `Title of article ${n} (optional)`);
    li.querySelector(".article-text").setAttribute("aria-label", `Text of article ${n}`);
    li.querySelector(".remove").setAttribute("aria-label", `Remove article ${n}`);
  });
}

function boxArticles() {
  return [...list.children].map((li) => ({
    title: li.querySelector(".article-title").value,
    text: li.querySelector(".article-text").value,
  }));
}

function setBoxes(articles) {
  list.replaceChildren();
  (articles.length ? articles : [{}]).forEach((a) => addBox(a));
}

// Lines holding only "---" (or more dashes) separate articles.
const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/m;
function splitSingle(text) {
  return text.split(new RegExp(SEPARATOR.source, "m")).map((t) => ({ title: "", text: t.trim() }));
}
function joinSingle(articles) {
  return articles
    .filter((a) => a.text.trim() !== "")
    .map((a) => (a.title.trim() ? `${a.title.trim()}\n\n${a.text.trim()}` : a.text.trim()))
    .join("\n\n---\n\n");
}

function mode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function currentArticles() {
  const all = mode() === "single" ? splitSingle(single.value) : boxArticles();
  return all
    .filter((a) => a.text.trim() !== "")
    .map((a) => ({ text: pageText(a.text), title: a.title.trim() || null }));
}

// HTML pasted as an article (a page's source or a part of one: a doctype, a comment or an
// element's tag first, as `corroborate::looks_like_html` tells it) is summarized as the
// text a browser shows of it, as the command line reads .html files; the box keeps what was
// pasted. It is parsed as a <template>'s contents, which are inert: no script runs, no image
// loads, and none of it is put into this page. (Chromium still checks an inline event handler
// in it against the CSP as it parses, and logs that the CSP blocked it.)
const HTML_PAGE = new RegExp("^\\s*(<!--|<(!doctype|html|head|body|main|article|section|header|div|p|span|a|b|i|em|" +
  "strong|h[1-6]|ul|ol|li|table|figure|img|br|blockquote|meta|title|script|style|link|nav|aside)[\\s>/])", "i");
// Any other text is read with its character references and encoding damage repaired (below).
function pageText(text) {
  const shown = HTML_PAGE.test(text) ? browserText(text) : text.replace(REFERENCE, decodeReference);
  return joinBrokenWords(undoubleQuotes(MOJIBAKE_SIGN.test(shown) ? undoMojibake(shown) : shown));
}

// Words hyphenated at a line's end joined again, the hyphen kept ("Tues-" and "day" on two
// lines of a PDF's copy are "Tues-day"; "then-" and "candidate", "then-candidate"), as
// `repair_text` does: only between two lowercase letters.
function joinBrokenWords(text) {
  return text.includes("-\n") ? text.replace(/(?<=\p{Lowercase})-\n(?=\p{Lowercase})/gu, "-") : text;
}

// Quotation marks doubled as a spreadsheet's CSV cell writes them made single ('""Stop,"" he
// said' is '"Stop," he said'), as `repair_text` does: only in a text where every run of '"'
// is of even length but for one that opens or closes the whole text (the cell's own quotes,
// dropped).
function undoubleQuotes(text) {
  if (!text.includes('""')) return text;
  const start = text.search(/\S/);
  const end = text.trimEnd().length;
  let doubled = true;
  const single = text.replace(/"+/g, (run, at) => {
    if (run.length % 2 === 1 && at !== start && at + run.length !== end) doubled = false;
    return '"'.repeat(run.length >> 1);
  });
  return doubled ? single : text;
}

// Text as its writer meant it, as the command line reads files (`corroborate::repair_text`,
// whose tests these cases follow): character references decoded ("&rsquo;" is "’": a feed or
// a page's source copied as text), and UTF-8 that was read as Windows-1252 restored ("â€™" is
// "’", "Ã©" is "é": a page shown in the wrong encoding, then copied), only in a text that
// shows it unmistakably. A named reference is decoded by the browser's own HTML parser, given
// the reference alone, in a document that is never shown.
const REFERENCE = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
// A byte 0x80 to 0xBF read as Windows-1252 (CP1252: its characters for 0x80 to 0x9F).
const CONTINUATION = `[\\x80-\\xbf${CP1252}]`;
const MOJIBAKE_SIGN = new RegExp(`â€${CONTINUATION}|[ÃÂ]${CONTINUATION}`);
const MISREAD = new RegExp(`[\\xc2-\\xf4]${CONTINUATION}{1,3}`, "g");
const LOST_QUOTE = new RegExp(`â€(?!${CONTINUATION})`, "g");
const utf8 = new TextDecoder("utf-8", { fatal: true });
const named = new Map();

function decodeReference(reference, body) {
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
    return code >= 0x80 && code <= 0x9f ? CP1252[code - 0x80] : String.fromCodePoint(code);
  }
  let text = named.get(reference);
  if (text === undefined) {
    // Unknown names stay as written; past a few thousand distinct names (no page has them),
    // every further one does.
    if (named.size > 4096) return reference;
    text = new DOMParser().parseFromString(reference, "text/html").body.textContent;
    named.set(reference, text);
  }
  return text;
}

// An "â€" that nothing continues is a closing quotation mark ("”", bytes E2 80 9D) whose last
// byte, unassigned in Windows-1252, was dropped on the way.
function undoMojibake(text) {
  const byteOf = (ch) => (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x80 + CP1252.indexOf(ch));
  return text.replace(LOST_QUOTE, "”").replace(MISREAD, (run) => {
    const chars = [...run];
    const lead = byteOf(chars[0]);
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (chars.length < length) return run;
    try {
      return utf8.decode(new Uint8Array(chars.slice(0, length).map(byteOf))) + chars.slice(length).join("");
    } catch {
      return run;
    }
  });
}

// The text a browser shows of a page's source (or a part of one).
function browserText(text) {
  const template = document.createElement("template");
  template.innerHTML = text;
  const root = template.content;
  root.querySelectorAll(HIDDEN).forEach((e) => e.remove());
  const paragraphs = [];
  let line = "";
  const end = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t && t !== "•") paragraphs.push(t);
    line = "";
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) line += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const block = BLOCKS.has(child.tagName);
      if (block) end();
      if (child.tagName === "LI") line = "• ";
      walk(child);
      if (block) end();
    }
  };
  walk(root);
  end();
  return paragraphs.join("\n\n");
}

function currentOptions() {
  const options = { type: $("type").value, length: $("length").value };
  for (const [id, key] of [["max-words", "maxWords"], ["max-sentences", "maxSentences"]]) {
    const n = Number.parseInt($(id).value, 10);
    if (Number.isFinite(n) && n > 0) options[key] = n;
  }
  const focus = $("focus").value.trim();
  if (focus) options.focus = focus;
  return options;
}

// ---------------------------------------------------------------- persistence
// The user's text survives reloads and errors: it is kept in this browser's local storage only.
function save() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify({
      mode: mode(), boxes: boxArticles(), single: single.value, options: currentOptions(),
    }));
  } catch { /* storage full or disabled: the boxes still hold the text */ }
}

function restore() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? "null");
  } catch { /* ignore a damaged entry */ }
  setBoxes(saved?.boxes ?? [{}, {}]);
  single.value = saved?.single ?? "";
  if (saved?.mode === "single") document.querySelector('input[value="single"]').checked = true;
  const o = saved?.options ?? {};
  if (o.type) $("type").value = o.type;
  if (o.length) $("length").value = o.length;
  if (o.maxWords) $("max-words").value = o.maxWords;
  if (o.maxSentences) $("max-sentences").value = o.maxSentences;
  if (typeof o.focus === "string") $("focus").value = o.focus;
  showMode();
}

// ---------------------------------------------------------------- summarizing
// Pasted news (a few articles, tens of kilobytes) is summarized right here on the main thread:
// it takes a few milliseconds, less than a frame, and the first summary does not wait for a
// worker to start and load its own copy of the module. Larger inputs go to a worker, started
// when first needed, so that typing never freezes. After an internal error (a bug) the main
// thread's copy may be broken, and every request goes to the worker, which restarts after one.
const MAIN_THREAD_UNITS = 64 * 1024; // UTF-16 code units of text
let mainThreadOk = true;
let worker = null;
let inFlight = null; // the request being worked on
let queued = null; // the newest request waiting for it
let nextId = 1;
let shownId = 0;
let lastSummary = null;
let lastArticles = null;

function startWorker() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => finished(data);
  worker.onerror = (e) => {
    e.preventDefault();
    finished({ id: inFlight?.id ?? 0, error: "The summarizer could not start in this browser.", crashed: true });
  };
}

function textUnits(articles) {
  // UTF-16 code units: within a factor of three of UTF-8 bytes, and free to count.
  return articles.reduce((n, a) => n + a.text.length + (a.title?.length ?? 0), 0);
}

function send(request) {
  inFlight = request;
  if (mainThreadOk && textUnits(request.articles) <= MAIN_THREAD_UNITS) {
    summarizeHere(request);
    return;
  }
  if (!worker) startWorker();
  worker.postMessage({ id: request.id, articles: request.articles, options: request.options });
}

async function summarizeHere({ id, articles, options }) {
  let data;
  try {
    await load();
    const start = performance.now();
    const summary = await summarize(articles, options);
    data = { id, summary, ms: performance.now() - start };
  } catch (e) {
    if (e.internal) mainThreadOk = false;
    data = { id, error: e.message ?? String(e) };
  }
  finished(data);
}

function requestSummary() {
  const articles = currentArticles();
  if (articles.length === 0) {
    queued = null;
    shownId = nextId++;
    lastSummary = null;
    showError(null);
    $("summary").replaceChildren();
    setStatus("Paste at least one article to see its summary.");
    setCopyEnabled(false);
    return;
  }
  const request = { id: nextId++, articles, options: currentOptions() };
  if (inFlight) {
    queued = request;
    setStatus("Summarizing…", true);
  } else {
    send(request);
  }
}

async function finished(data) {
  const request = inFlight;
  inFlight = null;
  if (data.crashed) {
    worker.terminate();
    worker = null;
  }
  if (queued) {
    const next = queued;
    queued = null;
    send(next);
  }
  if (!request || data.id < shownId) return;
  shownId = data.id;
  if (data.error) {
    showError(data.error);
    setStatus("The summary could not be made. Your text is still here.");
    return;
  }
  showError(null);
  lastSummary = data.summary;
  lastArticles = request.articles;
  await render($("summary"), data.summary, request.articles);
  const s = data.summary.stats;
  const sources = s.sources === s.articles ? "" : ` · ${s.sources} independent ${plural(s.sources, "source")}`;
  setStatus(`${s.articles} ${plural(s.articles, "article")}${sources} · ${s.sentences} ${plural(s.sentences, "sentence")} read · ${s.words} words · ${data.ms.toFixed(1)} ms`);
  setCopyEnabled(data.summary.sentences.length > 0);
}

function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}

function setStatus(text, busy = false) {
  $("status").textContent = text;
  $("status").classList.toggle("busy", busy);
}

function showError(message) {
  $("error").hidden = !message;
  $("error").textContent = message ?? "";
}

function setCopyEnabled(on) {
  $("copy-text").disabled = !on;
  $("copy-markdown").disabled = !on;
}

// ---------------------------------------------------------------- copy
async function copy(format) {
  if (!lastSummary) return;
  const text = await formatSummary(lastSummary, format);
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    ok = document.execCommand("copy");
    area.remove();
  }
  $("copied").textContent = ok ? `Copied as ${format === "markdown" ? "Markdown" : "plain text"}.` : "Copying is blocked here; select the summary and copy it by hand.";
  setTimeout(() => ($("copied").textContent = ""), 2500);
}

// ---------------------------------------------------------------- wiring
let timer = 0;
// Typing is debounced; a paste, a drop or a button is answered at once.
function changed(now = false) {
  clearTimeout(timer);
  const run = () => {
    save();
    requestSummary();
  };
  if (now) run();
  else timer = setTimeout(run, DEBOUNCE_MS);
}

function edited(event) {
  changed(event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop");
}

function showMode() {
  const isSingle = mode() === "single";
  $("single").hidden = !isSingle;
  $("boxes").hidden = isSingle;
}

document.querySelectorAll('input[name="mode"]').forEach((radio) =>
  radio.addEventListener("change", () => {
    if (mode() === "single") {
      single.value = joinSingle(boxArticles());
    } else {
      setBoxes(splitSingle(single.value).filter((a) => a.text !== ""));
    }
    showMode();
    changed(true);
  }),
);
$("add").addEventListener("click", () => addBox({}, true));
$("example").addEventListener("click", () => {
  document.querySelector('input[value="boxes"]').checked = true;
  showMode();
  setBoxes(EXAMPLE);
  changed(true);
});
$("clear").addEventListener("click", () => {
  if (currentArticles().length && !confirm("Remove the text of every article?")) return;
  setBoxes([{}, {}]);
  single.value = "";
  changed(true);
});
$("copy-text").addEventListener("click", () => copy("plain-text"));
$("copy-markdown").addEventListener("click", () => copy("markdown"));
document.querySelector(".input-panel").addEventListener("input", edited);
$("options").addEventListener("input", changed);
$("options").addEventListener("submit", (e) => e.preventDefault());

restore();
requestSummary();
// Nothing to summarize yet: load the module while the page is idle and run it once on the
// example, so that Chromium compiles the functions a call needs (it compiles WebAssembly on
// first use) before the reader's first paste rather than after it.
if (currentArticles().length === 0) {
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
  // summarize loads the module first; a real request will report any problem.
  idle(() => summarize(EXAMPLE, {}).catch(() => {}));
}
