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

/** Options from the element's attributes: type, length, max-words, max-sentences. */
function optionsFrom(el) {
  const options = {};
  for (const name of ["type", "length"]) {
    if (el.hasAttribute(name)) options[name] = el.getAttribute(name);
  }
  for (const [attr, key] of [["max-words", "maxWords"], ["max-sentences", "maxSentences"]]) {
    const n = Number.parseInt(el.getAttribute(attr) ?? "", 10);
    if (Number.isFinite(n)) options[key] = n;
  }
  return options;
}

/**
 * <corroborate-summary>: summarizes its <article> children (text from textContent, label from
 * data-title / data-source) or its `articles` property, and shows the summary in their place.
 */
export class CorroborateSummary extends HTMLElement {
  static observedAttributes = ["type", "length", "max-words", "max-sentences"];
  #articles = null;

  get articles() {
    return this.#articles;
  }

  set articles(value) {
    this.#articles = value;
    this.update();
  }

  connectedCallback() {
    if (this.#articles === null) {
      this.#articles = [...this.querySelectorAll(":scope > article")].map((a) => ({
        text: a.textContent,
        title: a.dataset.title ?? null,
        source: a.dataset.source ?? null,
      }));
    }
    this.update();
  }

  attributeChangedCallback() {
    if (this.isConnected && this.#articles !== null) this.update();
  }

  async update() {
    const articles = this.#articles ?? [];
    try {
      this.summary = await mount(this, articles, optionsFrom(this));
      this.dispatchEvent(new CustomEvent("summary", { detail: this.summary }));
    } catch (e) {
      const p = document.createElement("p");
      p.className = "cb-error";
      p.textContent = e.message;
      this.replaceChildren(p);
    }
  }
}

if (typeof customElements !== "undefined" && !customElements.get("corroborate-summary")) {
  customElements.define("corroborate-summary", CorroborateSummary);
}
