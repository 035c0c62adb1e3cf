// Runs summarize off the main thread, so that large inputs never freeze the page.
// Messages in: { id, articles, options }; out: { id, summary, ms } or { id, error, crashed }.
import init, { summarize, takePanicMessage } from "./pkg/corroborate.js";

const ready = init();

self.onmessage = async ({ data: { id, articles, options } }) => {
  await ready;
  const start = performance.now();
  try {
    const summary = summarize(articles, options);
    self.postMessage({ id, summary, ms: performance.now() - start });
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A Rust panic (a bug): this instance may be broken, so the page starts a new worker.
      const detail = takePanicMessage() || e.message;
      self.postMessage({ id, error: `internal error in the summarizer (please report it): ${detail}`, crashed: true });
    } else {
      self.postMessage({ id, error: e.message ?? String(e) });
    }
  }
};
