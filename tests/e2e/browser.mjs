// Shared by the end-to-end tests and the screenshot/benchmark scripts: Debian's chromium
// driven by playwright-core (no browser download), and the demo page served on loopback.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const require = createRequire(new URL("../../www/package.json", import.meta.url));
const { chromium } = require("playwright-core");

export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: run .ci/install --browser (Debian's chromium package)");
  }
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
}

export async function startServer() {
  const { serve } = await import("../../www/serve.mjs");
  const server = await serve(0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
