import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium'.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!!!!!!!\n!!! ${message}\n!!! Browser tests are SKIPPED.\n!!!!!!!!\n`);
}

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3999);

export default defineConfig({
  testDir: hasChromium ? "e2e" : "e2e/no-browser",
  testMatch: "**/*.spec.ts",
  testIgnore: hasChromium ? ["no-browser/**"] : [],
  fullyParallel: false,
  // Three at a time on two cores: a journey spends much of its time waiting (for an email,
  // a scheduled job, the server), so a third keeps the cores busy.
  workers: 3,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: !hasChromium
    ? undefined
    : {
        command: "node --import tsx e2e/support/serve-for-tests.ts",
        url: `http://localhost:${E2E_PORT}/`,
        // The demo (rounds lived on a simulated clock, networks, events, news) loads first.
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: { E2E_PORT: String(E2E_PORT) },
      },
});
