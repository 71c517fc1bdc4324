// The manager's menu changes reach an open guest page without a reload, in real headless
// Chromium against the real tableside-server (issue 16):
//   node menu-pause.test.js --server PATH/tableside-server --modules BUILD/guest-browser
// A paused category disappears from the page and comes back when resumed; a new price shows;
// a photo uploaded by the manager shows on the product. The page checks /api/menu (ETag,
// 304 while nothing changed) when it becomes visible again and every 30 s; the test triggers
// the visible-again path. Exits 77 (CTest SKIP) when chromium or npm is unavailable.
"use strict";
const assert = require("assert/strict");
const { parseArgs, loadPlaywright, launchChromium, run, startServer, api, staffLogin, tableLink,
        collectProblems } = require("./harness");

const args = parseArgs(process.argv);
if (!args.server || !args.modules) {
  console.error("usage: node menu-pause.test.js --server BIN --modules DIR");
  process.exit(2);
}

const PIN = "739184";
const TABLE = 4;

function step(name) { console.log("--- " + name); }

// What a phone does when the guest comes back to the tab.
async function lookAgain(page) {
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
}

// A photo as a phone's picker would hand it over: a PNG drawn by the browser itself.
async function pngFrom(page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 640; canvas.height = 480;
    const g = canvas.getContext("2d");
    g.fillStyle = "#c62828"; g.fillRect(0, 0, 320, 480);
    g.fillStyle = "#2e7d32"; g.fillRect(320, 0, 320, 480);
    return canvas.toDataURL("image/png");
  });
  return Buffer.from(dataUrl.split(",")[1], "base64");
}

async function main() {
  const playwright = loadPlaywright(args.modules);
  const server = await startServer(args.server, (dataDir) => {
    run(args.server, ["staff", "add", "--data-dir", dataDir, "--name", "Менажер Мила",
                      "--pin", PIN, "--role", "manager"]);
  });
  const browser = await launchChromium(playwright);
  const problems = [];
  try {
    const base = server.baseUrl;
    const token = await staffLogin(base, PIN, "manager");
    const menu = (await api(base, "GET", "/api/menu")).json;
    const category = menu.categories[0];
    const inCategory = menu.products.filter((p) => p.categoryId === category.id);
    assert.ok(inCategory.length > 0, "the first category has products");
    const product = inCategory[0];

    const context = await browser.newContext({ viewport: { width: 390, height: 844 },
                                                locale: "en-GB", hasTouch: true });
    const page = await context.newPage();
    collectProblems(page, problems);
    const link = tableLink(args.server, server, TABLE);
    assert.equal((await page.goto(link)).status(), 200);
    await page.waitForSelector("#cat-" + category.id + " .product");

    step("an unchanged menu answers 304 to the page's check");
    const etag = (await api(base, "GET", "/api/menu")).headers.get("etag");
    assert.ok(etag, "GET /api/menu has an ETag");
    assert.equal((await api(base, "GET", "/api/menu", undefined, undefined,
                            { "If-None-Match": etag })).status, 304);

    step("pause category " + category.nameEn + ": it disappears from the open page");
    let r = await api(base, "PUT", "/api/admin/categories/" + category.id + "/pause",
                      { paused: true }, token);
    assert.equal(r.status, 200, r.text);
    await lookAgain(page);
    await page.waitForSelector("#cat-" + category.id, { state: "detached", timeout: 10000 });
    assert.equal(await page.locator('.chip[href="#cat-' + category.id + '"]').count(), 0);

    step("resume it: back on the page; a new price and a photo show too");
    r = await api(base, "PUT", "/api/admin/categories/" + category.id + "/pause",
                  { paused: false }, token);
    assert.equal(r.status, 200, r.text);
    r = await api(base, "PATCH", "/api/admin/products/" + product.id, { priceEur: "12.34" }, token);
    assert.equal(r.status, 200, r.text);
    const upload = await fetch(base + "/api/admin/products/" + product.id + "/photo", {
      method: "PUT", body: await pngFrom(page),
      headers: { "Content-Type": "image/png", "Authorization": "Bearer " + token } });
    assert.equal(upload.status, 200, await upload.text());
    await lookAgain(page);
    await page.waitForSelector("#cat-" + category.id + " .product", { timeout: 10000 });
    const item = page.locator("#cat-" + category.id + " .product").first();
    await page.waitForFunction((id) => {
      const img = document.querySelector("#cat-" + id + " .product .product-photo");
      return img && img.complete && img.naturalWidth > 0;
    }, category.id, { timeout: 10000 });
    const price = await item.locator(".price").textContent();
    assert.match(price, /12[.,]34/, "new price on the page");

    assert.deepEqual(problems, [], "no console errors");
    console.log("PASS: menu changes reach the open guest page");
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
