// Drive the dashboard in headless Chromium and print what a user would see, as one JSON object.
//
//   node tests/server/dashboard.cjs '{"base": "http://127.0.0.1:8123", "a": "RUS", "b": "FRA", "click": "2022-09-11"}'
//
// The pytest side (test_browser.py) asserts on the output. Exit 1 only when the browser itself fails;
// requests to anything but the server are blocked and listed under `external`.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const TIMEOUT = 15000;

const texts = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent.trim()));

async function waitReady(page) {
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: TIMEOUT });
}

async function timeline(page) {
  return {
    title: await page.textContent("#timeline-title"),
    note: await page.textContent("#timeline-note"),
    dots: await page.$$eval("#timeline circle.dot", (nodes) => nodes.map((n) => n.dataset.date)),
    gaps: await texts(page, "#timeline text.gap"),
  };
}

async function table(page) {
  return {
    title: await page.textContent("#events-title"),
    rows: await page.$$eval("#events tbody tr", (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim()))),
  };
}

async function articleView(page) {
  await page.waitForSelector("#article-panel:not([hidden]) #article-text mark", { timeout: TIMEOUT });
  const marks = await page.$$eval("#article-text mark", (nodes) =>
    nodes.map((n) => ({ classes: n.className, text: n.textContent, color: getComputedStyle(n).backgroundColor })));
  return {
    title: await page.textContent("#article-title"),
    detail: await page.textContent("#event-detail"),
    legend: await texts(page, ".legend li"),
    marks,
  };
}

async function run(options) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "eventwire-chromium-"));
  const out = { external: [], console_errors: [], page_errors: [] };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromium || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    const origin = new URL(options.base).origin;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) return route.continue();
      out.external.push(url);
      return route.abort();
    });
    page.on("console", (msg) => msg.type() === "error" && out.console_errors.push(msg.text()));
    page.on("pageerror", (error) => out.page_errors.push(String(error)));

    await page.goto(options.base + "/");
    await waitReady(page);
    out.default = { summary: await page.textContent("#summary"), timeline: await timeline(page), table: await table(page) };

    if (options.typeahead) {  // typing part of a name offers matching actors from /api/actors
      await page.fill("#actor-b", options.typeahead);
      await page.waitForSelector("#actor-options option", { state: "attached", timeout: TIMEOUT });
      out.typeahead = await page.$$eval("#actor-options option", (nodes) => nodes.map((n) => n.value));
    }
    await page.fill("#actor-a", options.a);
    await page.fill("#actor-b", options.b);
    await page.click("#dyad-form button[type=submit]");
    await waitReady(page);
    out.dyad = { hash: await page.evaluate(() => location.hash), timeline: await timeline(page), table: await table(page) };

    if (options.click) {
      await page.click(`#timeline circle.dot[data-date="${options.click}"]`);
      out.article = await articleView(page);
    }
    await page.click("#clear");
    await waitReady(page);
    const claimRow = await page.$("#events tbody tr:has(.badge.claim)");
    if (claimRow) {
      await claimRow.click();
      await page.waitForFunction(() => document.querySelector("#event-detail .badge.claim"), null, { timeout: TIMEOUT });
      out.claim = await articleView(page);
    }
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return out;
}

run(JSON.parse(process.argv[2] || "{}"))
  .then((out) => process.stdout.write(JSON.stringify(out) + "\n"))
  .catch((error) => {
    process.stderr.write(`dashboard.cjs: ${error.stack || error}\n`);
    process.exit(1);
  });
