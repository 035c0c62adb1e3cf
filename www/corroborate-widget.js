// The one-tag embed: this module, and nothing else, in a page.
//
//   <script type="module" src="https://your.site/corroborate/corroborate-widget.js"></script>
//   <textarea id="a1" data-title="Vallen Courier"></textarea>
//   <textarea id="a2" data-title="North Shore Daily"></textarea>
//   <corroborate-summary for="a1 a2" length="short"></corroborate-summary>
//
// It registers <corroborate-summary> (widget.js) and adds the widget's stylesheet
// (corroborate.css, next to this file) unless the page has it already. The module and its
// WebAssembly are found next to this file too, whatever the page's path.
export * from "./widget.js";

const css = new URL("./corroborate.css", import.meta.url).href;
if (typeof document !== "undefined" && ![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === css)) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = css;
  document.head.append(link);
}
