// The manager's service switches and order approval as the guest sees them, in real headless
// Chromium against the real tableside-server (issue 16):
//   node service-switch.test.js --server PATH/tableside-server --modules BUILD/guest-browser
// Ordering switched off with a message (PUT /api/admin/service) → the open page shows the
// message in its bottom banner (no layout shift) and cannot order; calls off → the call buttons
// wait; both on again → the page orders. With approval thresholds set low, the next order shows
// "waiting for staff"; staff approve it (PATCH …/status pending) → the page shows it received;
// the next one rejected (cancelled) → the page shows it not accepted. The page re-checks
// /api/service when it becomes visible again (and every 30 s); the test triggers the visible-
// again path. Exits 77 (CTest SKIP) when chromium or npm is unavailable.
"use strict";
const assert = require("assert/strict");
const { parseArgs, loadPlaywright, launchChromium, run, startServer, api, staffLogin, tableLink,
        collectProblems } = require("./harness");

const args = parseArgs(process.argv);
if (!args.server || !args.modules) {
  console.error("usage: node service-switch.test.js --server BIN --modules DIR");
  process.exit(2);
}

const PIN = "739184";
const TABLE = 6;
const MESSAGE = "Kitchen closed — drinks only at the bar";
const CALLS_MESSAGE = "No calls after midnight, please come to the bar";
const CLS_LIMIT = 0.1;

// Installed before the page's scripts: layout shifts not caused by input (the CLS rule).
const SHIFT_OBSERVER = `
  window.__cls = 0;
  window.__shifts = [];
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (e.hadRecentInput) return;
        window.__cls += e.value;
        window.__shifts.push((e.sources || []).map(function (s) {
          return s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?"; }).join(",") + "=" + e.value.toFixed(4));
      });
    }).observe({ type: "layout-shift", buffered: true });
  } catch (e) { window.__cls = -1; }`;

function step(name) { console.log("--- " + name); }

// What a phone does when the guest comes back to the tab.
async function lookAgain(page) {
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
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
    const service = (body) => api(base, "PUT", "/api/admin/service", body, token);

    const context = await browser.newContext({ viewport: { width: 390, height: 844 },
                                                locale: "en-GB", hasTouch: true });
    await context.addInitScript(SHIFT_OBSERVER);
    const page = await context.newPage();
    collectProblems(page, problems);
    const link = tableLink(args.server, server, TABLE);
    assert.equal((await page.goto(link)).status(), 200);
    await page.waitForSelector(".product .button-add");
    // The English page: the test reads the page's own texts.
    if ((await page.getAttribute("body", "data-lang")) !== "en") await page.click("#language-switch");
    assert.equal(await page.getAttribute("body", "data-lang"), "en");
    assert.ok(await page.locator("#service-banner").isHidden(), "no banner while all is on");

    step("the manager switches ordering off with a message: banner, no ordering");
    let r = await service({ guestOrdering: false, orderingMessage: MESSAGE });
    assert.equal(r.status, 200, r.text);
    await page.locator(".product .button-add").first().click();
    const clsBefore = await page.evaluate(() => window.__cls);
    await lookAgain(page);
    await page.waitForSelector("#service-banner:not([hidden])", { timeout: 10000 });
    assert.equal(await page.textContent("#service-banner"), MESSAGE);
    assert.ok(await page.locator("#submit-order").isDisabled(), "the order button waits");
    assert.equal(await page.textContent("#submit-order"), "Ordering is paused");
    assert.ok(await page.locator(".call-button").first().isEnabled(), "calls still on");
    // The cart bar (one item in the cart) rides above the banner, not under it.
    const bars = await page.evaluate(() => ({
      bar: document.getElementById("cart-bar").getBoundingClientRect().bottom,
      banner: document.getElementById("service-banner").getBoundingClientRect().top,
      shown: !document.getElementById("cart-bar").hidden }));
    assert.ok(bars.shown, "the cart bar shows");
    assert.ok(bars.bar <= bars.banner + 0.5, "cart bar above the banner: " + JSON.stringify(bars));
    const cls = (await page.evaluate(() => window.__cls)) - clsBefore;
    console.log("  CLS of the banner: " + cls.toFixed(4));
    assert.ok(clsBefore >= 0 && cls <= CLS_LIMIT, "the banner moved the page: CLS " + cls);
    // A tap anyway (a stale page): the server refuses with 423 and the page stays paused.
    await page.evaluate(() => {
      const b = document.getElementById("submit-order");
      b.disabled = false; b.click();
    });
    await page.waitForFunction(() => document.getElementById("submit-order").disabled);
    assert.ok(await page.locator("#confirmation").isHidden(), "no order was made");
    r = await api(base, "GET", "/api/orders/active", undefined, token);
    assert.equal(r.json.orders.filter((o) => o.tableNumber === TABLE).length, 0, "no order stored");

    step("calls off too: the call buttons wait and both messages show");
    r = await service({ waiterCalls: false, callsMessage: CALLS_MESSAGE });
    assert.equal(r.status, 200, r.text);
    await lookAgain(page);
    await page.waitForFunction(() => document.querySelector(".call-button").disabled,
                               undefined, { timeout: 10000 });
    assert.equal(await page.textContent("#service-banner"), MESSAGE + "\n" + CALLS_MESSAGE);

    step("a page opened while both are off: the banner at load, nothing moves for it");
    const fresh = await context.newPage();
    fresh.on("pageerror", (e) => problems.push("page error: " + e.message));
    assert.equal((await fresh.goto(page.url())).status(), 200);
    await fresh.waitForSelector("#service-banner:not([hidden])");
    await fresh.waitForSelector(".product .button-add");
    await fresh.waitForTimeout(500); // the shifts of the menu filling in, if any, are counted
    const loadCls = await fresh.evaluate(() => window.__cls);
    console.log("  CLS of a load with the banner: " + loadCls.toFixed(4) + " " +
                JSON.stringify(await fresh.evaluate(() => window.__shifts)));
    assert.ok(loadCls >= 0 && loadCls <= CLS_LIMIT, "CLS on load " + loadCls);
    const bottomShifts = (await fresh.evaluate(() => window.__shifts))
      .filter((shift) => /dock|cart-bar|service-banner/.test(shift));
    assert.deepEqual(bottomShifts, [], "the banner and the cart bar never move");
    assert.ok(await fresh.locator(".call-button").first().isDisabled());
    await fresh.close();

    step("both on again: no banner, the page orders");
    r = await service({ guestOrdering: true, waiterCalls: true });
    assert.equal(r.status, 200, r.text);
    await lookAgain(page);
    await page.waitForSelector("#service-banner", { state: "hidden", timeout: 10000 });
    assert.ok(await page.locator(".call-button").first().isEnabled());
    assert.equal(await page.textContent("#submit-order"), "Send the order");
    await page.click("#submit-order");
    await page.waitForSelector("#confirmation:not([hidden])");
    assert.match(await page.textContent("#confirmation-title"), /received/);
    await page.click("#confirmation-close");

    step("approval from the first euro: the next order waits for staff");
    r = await service({ approval: { enabled: true, maxOrders: 1, maxEurCents: 100, windowMinutes: 60 } });
    assert.equal(r.status, 200, r.text);
    const sendOrder = async () => {
      await page.locator(".product .button-add").first().click();
      const created = page.waitForResponse((res) => res.url().endsWith("/api/orders/create"));
      await page.click("#submit-order");
      const answer = await (await created).json();
      await page.waitForSelector("#confirmation:not([hidden])");
      return answer.order;
    };
    const waiting = await sendOrder();
    assert.equal(waiting.status, "pending_approval");
    assert.match(await page.textContent("#confirmation-title"), /waiting for staff/);
    const billOrder = (id) => '#bill-orders [data-order-id="' + id + '"]';
    await page.waitForSelector(billOrder(waiting.id) + '[data-status="pending_approval"]');
    assert.equal(await page.textContent(billOrder(waiting.id) + " .status"), "Waiting for staff");

    step("staff approve it: the page shows it received");
    r = await api(base, "PATCH", "/api/orders/" + waiting.id + "/status", { status: "pending" }, token);
    assert.equal(r.status, 200, r.text);
    await lookAgain(page);
    await page.waitForSelector(billOrder(waiting.id) + '[data-status="pending"]', { timeout: 15000 });
    assert.equal(await page.textContent(billOrder(waiting.id) + " .status"), "Received");
    assert.match(await page.textContent("#confirmation-title"), /received/);
    await page.click("#confirmation-close");

    step("the next one rejected: the page shows it not accepted");
    const rejected = await sendOrder();
    assert.equal(rejected.status, "pending_approval");
    await page.waitForSelector(billOrder(rejected.id) + '[data-status="pending_approval"]');
    r = await api(base, "PATCH", "/api/orders/" + rejected.id + "/status", { status: "cancelled" }, token);
    assert.equal(r.status, 200, r.text);
    await lookAgain(page);
    await page.waitForSelector(billOrder(rejected.id) + '[data-status="cancelled"]', { timeout: 15000 });
    assert.equal(await page.textContent(billOrder(rejected.id) + " .status"), "Not accepted");
    assert.match(await page.textContent("#confirmation-title"), /was not accepted/);
    // The approved order is still on the bill, received.
    assert.equal(await page.textContent(billOrder(waiting.id) + " .status"), "Received");
    // A reload keeps the rejected line (the server's tab no longer lists the order).
    await page.reload();
    await page.waitForSelector(billOrder(rejected.id) + '[data-status="cancelled"]', { timeout: 15000 });
    await page.waitForSelector(billOrder(waiting.id) + '[data-status="pending"]', { timeout: 15000 });

    assert.deepEqual(problems.filter((p) => !/423/.test(p)), [], "no console errors");
    console.log("PASS: service switches and approval on the guest page");
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
