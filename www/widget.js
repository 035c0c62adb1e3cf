// corroborate widget: the JavaScript API and the <corroborate-summary> custom element.
//
//   <link rel="stylesheet" href="corroborate.css">
//   <script type="module" src="widget.js"></script>
//   <corroborate-summary type="key-points" length="short">
//     <article data-title="Crane collapses at Port Verity">First article text…</article>
//     <article data-title="…">Second article text…</article>
//   </corroborate-summary>
//
// or from script: import { summarize, mount } from "./widget.js".
// Everything runs in this page: no request is made except for this module's own files.
import * as firstInstance from "./pkg/corroborate.js";

// The module's glue, initialized: a promise, made on first use. After an internal error the
// instance is dropped and the next call imports the glue again under another URL, which
// JavaScript treats as another module, with an instance of its own.
let instance = null;
let generation = 0;
let wasmSource;

/** Loads the WebAssembly module once (optionally from another URL); later calls reuse it. */
export function load(wasmUrl) {
  if (wasmUrl !== undefined) wasmSource = wasmUrl;
  if (instance === null) {
    const loading = (async () => {
      const glue = generation === 0
        ? firstInstance
        : await import(new URL(`./pkg/corroborate.js?instance=${generation}`, import.meta.url));
      await glue.default(wasmSource === undefined ? undefined : { module_or_path: wasmSource });
      return glue;
    })();
    // A load that failed (the module's file unreachable, say) is tried again by the next call.
    loading.catch(() => {
      if (instance === loading) instance = null;
    });
    instance = loading;
  }
  return instance;
}

// A Rust panic (a bug) traps as "unreachable": report it with its message and where it was
// raised, marked `internal`, and drop the instance, whose state may be broken (Rust counts it as
// panicking for good): the next call gets a fresh one.
async function guard(fn) {
  const glue = await load();
  try {
    return fn(glue);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      let detail = e.message;
      try {
        detail = glue.takePanicMessage() || detail;
      } catch {
        // The broken instance cannot say more.
      }
      if (instance !== null && (await instance) === glue) {
        instance = null;
        generation += 1;
      }
      const error = new Error(`internal error in the summarizer (please report it): ${detail}`);
      error.internal = true;
      throw error;
    }
    throw e;
  }
}

/** Summarizes articles (strings or { text, title?, source? }). Throws Error with a readable message. */
export async function summarize(articles, options) {
  return guard((glue) => glue.summarize(articles, options ?? null));
}

/** Renders a summary into element, as text nodes only. */
export async function render(element, summary, articles) {
  await guard((glue) => glue.render(element, summary, articles));
}

/** The summary as "plain-text" or "markdown". */
export async function formatSummary(summary, format) {
  return guard((glue) => glue.formatSummary(summary, format));
}

/** Summarizes articles into element; returns the summary. */
export async function mount(element, articles, options) {
  const summary = await summarize(articles, options);
  await render(element, summary, articles);
  return summary;
}

/** Options from the element's attributes: type, length, max-words, max-sentences, focus,
 * language. */
function optionsFrom(el) {
  const options = {};
  for (const name of ["type", "length", "language"]) {
    if (el.hasAttribute(name)) options[name] = el.getAttribute(name);
  }
  const focus = el.getAttribute("focus")?.trim();
  if (focus) options.focus = focus;
  for (const [attr, key] of [["max-words", "maxWords"], ["max-sentences", "maxSentences"]]) {
    const n = Number.parseInt(el.getAttribute(attr) ?? "", 10);
    if (Number.isFinite(n)) options[key] = n;
  }
  return options;
}

/** How long the element waits after an edit before it summarizes again. */
const SETTLE_MS = 150;

/**
 * <corroborate-summary>: summarizes its articles and shows the summary inside itself, in a
 * <div class="cb-output"> after them. The articles come from, first found:
 * - its `articles` property (strings or { text, title?, source? });
 * - the text areas (or inputs, or any elements) whose ids its `for` attribute lists, separated
 *   by spaces: their `value` (or text), labelled by data-title / data-source;
 * - its <article> children (hidden by corroborate.css): their text, data-title, data-source.
 * It summarizes again when they change (typing in a text area, editing the children) and when
 * its attributes type, length, max-words, max-sentences, focus (what the reader wants to know)
 * or language (a code that forces every article's language) change. Events: `summary` (detail:
 * the summary) after each summary shown, `error` (detail: the message) when the articles
 * cannot be summarized; the message is shown too, in a <p class="cb-error">.
 */
export class CorroborateSummary extends HTMLElement {
  static observedAttributes = ["type", "length", "max-words", "max-sentences", "focus", "language", "for"];
  #articles = null;
  #output = null;
  #watching = [];
  #observer = null;
  #timer = 0;
  #run = 0;

  get articles() {
    return this.#articles ?? this.#read();
  }

  set articles(value) {
    this.#articles = value;
    this.update();
  }

  connectedCallback() {
    this.#watch();
    this.update();
  }

  disconnectedCallback() {
    this.#unwatch();
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === "for") this.#watch();
    this.update();
  }

  /** The articles of the `for` elements, or of the <article> children. */
  #read() {
    const ids = (this.getAttribute("for") ?? "").split(/\s+/).filter(Boolean);
    const sources = ids.length > 0
      ? ids.map((id) => document.getElementById(id)).filter((el) => el !== null)
      : [...this.querySelectorAll(":scope > article")];
    return sources.map((el) => ({
      text: "value" in el ? String(el.value) : el.textContent,
      title: el.dataset.title ?? null,
      source: el.dataset.source ?? null,
    }));
  }

  /** Listens for edits of the articles' elements. */
  #watch() {
    this.#unwatch();
    const later = () => this.#later();
    const ids = (this.getAttribute("for") ?? "").split(/\s+/).filter(Boolean);
    for (const el of ids.map((id) => document.getElementById(id)).filter((el) => el !== null)) {
      el.addEventListener("input", later);
      this.#watching.push(() => el.removeEventListener("input", later));
    }
    this.#observer = new MutationObserver((records) => {
      // Our own output changing, or being put in place after the articles, is no edit of them
      // (it was: each new element summarized its articles twice, and said so twice).
      const ours = (r) => {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        return this.#output?.contains(r.target) || (nodes.length > 0 && nodes.every((n) => n === this.#output));
      };
      if (records.some((r) => !ours(r))) later();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-title", "data-source"] });
  }

  #unwatch() {
    for (const stop of this.#watching) stop();
    this.#watching = [];
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #later() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.update(), SETTLE_MS);
  }

  /** The <div class="cb-output"> the summary goes in, after the articles. */
  #outputElement() {
    if (this.#output === null || this.#output.parentNode !== this) {
      this.#output = document.createElement("div");
      this.#output.className = "cb-output";
      this.append(this.#output);
    }
    return this.#output;
  }

  async update() {
    const run = ++this.#run;
    const articles = this.articles;
    const output = this.#outputElement();
    try {
      const summary = await summarize(articles, optionsFrom(this));
      if (run !== this.#run) return; // a newer edit is being summarized
      await render(output, summary, articles);
      this.summary = summary;
      this.dispatchEvent(new CustomEvent("summary", { detail: summary }));
    } catch (e) {
      if (run !== this.#run) return;
      const p = document.createElement("p");
      p.className = "cb-error";
      p.textContent = e.message;
      output.replaceChildren(p);
      this.dispatchEvent(new CustomEvent("error", { detail: e.message }));
    }
  }
}

if (typeof customElements !== "undefined" && !customElements.get("corroborate-summary")) {
  customElements.define("corroborate-summary", CorroborateSummary);
}
