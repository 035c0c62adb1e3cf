// Refreshes docs/screenshots/: the demo page with the built-in example, light and dark,
// desktop and phone width. Needs www/build.sh first.  node tests/e2e/screenshots.mjs
import { mkdirSync } from "node:fs";
import { launch, startServer } from "./browser.mjs";

const OUT = new URL("../../docs/screenshots/", import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
const { server, url } = await startServer();
const browser = await launch();
const shots = [
  ["desktop-light", { width: 1280, height: 900 }, "light"],
  ["desktop-dark", { width: 1280, height: 900 }, "dark"],
  ["phone-light", { width: 390, height: 844 }, "light"],
  ["phone-dark", { width: 390, height: 844 }, "dark"],
];
for (const [name, viewport, colorScheme] of shots) {
  const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.click("#example");
  await page.waitForSelector(".cb-sentence");
  await page.locator(".cb-sentence summary").first().click();
  if (viewport.width < 600) await page.locator("#output-heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}${name}.png` });
  await context.close();
  console.log(`${OUT}${name}.png`);
}
await browser.close();
server.close();
