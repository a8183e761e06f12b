/** Headless Chromium (Debian's `chromium`, which .ci/run installs) driven by playwright-core. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The browser binary itself: /usr/bin/chromium is a shell wrapper that playwright need not go through. */
const CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const chromiumPath = CANDIDATES.find((path) => existsSync(path));

export const launchChromium = (): Promise<Browser> =>
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
