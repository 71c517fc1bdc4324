// Guest page end to end in real headless Chromium against the real tableside-server:
//   node guest-order.test.js --server PATH/tableside-server --modules BUILD/guest-browser
// Orders with notes reach the staff API with server-computed totals; a double tap and a retry
// after a dropped connection make one order; a waiter call shows "coming" after a staff
// acknowledge; the language switch keeps the cart; an unknown table cannot order; the page is
// opened through the table's signed link, and without it an order is refused with "scan again".
// The table's running bill: orders with their status change live (staff API), "paid" after
// staff pay the tab, another table's bill refused. Layout shift (PerformanceObserver
// 'layout-shift', without shifts right after input) must stay ≤ 0.1 on a throttled load and
// after adding items; blocking time (long tasks over 50 ms) is printed as a figure.
// Exits 77 (CTest SKIP) when chromium or npm is unavailable.
"use strict";
const assert = require("assert/strict");
const fs = require("fs");
const { parseArgs, loadPlaywright, launchChromium, run, startServer, api, staffLogin,
        tableLink } = require("./harness");

const args = parseArgs(process.argv);
if (!args.server || !args.modules) {
  console.error("usage: node guest-order.test.js --server BIN --modules DIR");
  process.exit(2);
}

const PIN = "482613";
const STAFF_NAME = "Мария Иванова";
const TABLE = 3;

function step(name) { console.log("--- " + name); }

const CLS_LIMIT = 0.1;
// Installed before any page script: sums layout shifts not caused by input (the CLS rule) and
// the blocking part of long tasks, as Lighthouse counts them.
const PERF_OBSERVER = `
  window.__perf = { cls: 0, shifts: [], tbt: 0, longTasks: 0 };
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (e.hadRecentInput) return;
        window.__perf.cls += e.value;
        window.__perf.shifts.push({ value: e.value, at: Math.round(e.startTime),
          nodes: (e.sources || []).map(function (s) {
            return s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?"; }) });
      });
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        window.__perf.longTasks++;
        window.__perf.tbt += Math.max(0, e.duration - 50);
      });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { window.__perf.unsupported = String(e); }`;

async function perf(page) { return page.evaluate(() => window.__perf); }

async function main() {
  const playwright = loadPlaywright(args.modules);
  const server = await startServer(args.server, (dataDir) => {
    run(args.server, ["staff", "add", "--data-dir", dataDir, "--name", STAFF_NAME, "--pin", PIN]);
  });
  const browser = await launchChromium(playwright);
  const problems = [];
  try {
    const base = server.baseUrl;
    const token = await staffLogin(base, PIN);
    const menu = (await api(base, "GET", "/api/menu")).json;
    const byNameBg = new Map(menu.products.map((p) => [p.nameBg, p]));

    async function ordersOfTable(table) {
      const r = await api(base, "GET", "/api/orders/active", undefined, token);
      assert.equal(r.status, 200, r.text);
      const list = Array.isArray(r.json) ? r.json : r.json.orders;
      return list.filter((o) => o.tableNumber === table);
    }

    const context = await browser.newContext({ viewport: { width: 390, height: 844 },
                                                locale: "bg-BG", hasTouch: true });
    await context.addInitScript(PERF_OBSERVER);
    const page = await context.newPage();
    let dropping = false; // the deliberately dropped reply below logs a reset: expected
    let refusalExpected = false; // asking for another table's bill logs its 403: expected
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      if (dropping && /ERR_CONNECTION_RESET/.test(message.text())) return;
      if (refusalExpected && /status of 403/.test(message.text())) return;
      problems.push(message.text() + " (" + (message.location().url || "?") + ")");
    });
    page.on("pageerror", (error) => problems.push("page error: " + error.message));

    step("open table 3's signed link (its QR card): the page, a session cookie, menu in bg");
    const link = tableLink(args.server, server, TABLE);
    assert.match(link, /\/t\/3\?k=[A-Za-z0-9_-]{16}$/);
    const response = await page.goto(link);
    assert.equal(response.status(), 200);
    assert.ok(page.url().endsWith("/bg/order?table=" + TABLE), page.url());
    const session = (await context.cookies()).find((c) => c.name === "tableside_table");
    assert.ok(session && session.httpOnly && session.sameSite === "Strict", "session cookie");
    assert.ok(!(await page.evaluate(() => document.cookie)).includes("tableside_table"),
              "the page's scripts cannot read the session");
    const headers = response.headers();
    assert.match(headers["content-security-policy"], /default-src 'self'/);
    assert.equal(headers["x-content-type-options"], "nosniff");
    assert.equal(headers["access-control-allow-origin"], undefined);
    await page.waitForSelector(".product .button-add");
    assert.equal(await page.textContent("#title"), "Маса 3");
    const soldOut = await page.locator(".product-soldout").count();
    const addButtons = page.locator(".product .button-add");
    assert.ok((await addButtons.count()) >= 2, "at least two orderable products");
    assert.equal(await page.locator(".product-soldout .button-add").count(), 0,
                 "sold-out items have no add button (" + soldOut + " sold out)");

    step("add two items, one twice, with a note; submit");
    const names = [];
    for (let i = 0; i < 2; i++)
      names.push(await page.locator(".product").filter({ has: page.locator(".button-add") })
                         .nth(i).locator(".product-name").textContent());
    const first = byNameBg.get(names[0]);
    const second = byNameBg.get(names[1]);
    assert.ok(first && second, "page products are menu products: " + names.join(", "));
    await addButtons.nth(0).click();
    await addButtons.nth(1).click();
    await page.click('[data-focus-id="inc-1"]');
    const note = "без захар <b>&amp;</b>";
    await page.fill("#note-0", note);
    await page.fill("#order-notes", "до прозореца");
    const expectedCents = first.priceEurCents + 2 * second.priceEurCents;
    await page.click("#submit-order");
    await page.waitForSelector("#confirmation:not([hidden])");
    const title = await page.textContent("#confirmation-title");
    // Sent from the scrolled cart: the page scrolls up to the confirmation, its title below the
    // sticky top bar, not under it.
    await page.waitForTimeout(300);
    const titleTop = await page.evaluate(() => document.getElementById("confirmation-title")
      .getBoundingClientRect().top - document.querySelector(".topbar").getBoundingClientRect().bottom);
    assert.ok(titleTop >= 0, "confirmation title " + titleTop + " px below the top bar");
    const number = Number((title.match(/№\s*(\d+)/) || [])[1]);
    assert.ok(number > 0, "confirmation shows the order number: " + title);
    assert.equal(await page.locator(".cart-line").count(), 0, "cart emptied after success");

    let orders = await ordersOfTable(TABLE);
    assert.equal(orders.length, 1);
    const order = orders[0];
    assert.equal(order.orderNumber, number);
    assert.equal(order.items.length, 2);
    const lineA = order.items.find((i) => i.productId === first.id);
    const lineB = order.items.find((i) => i.productId === second.id);
    assert.equal(lineA.quantity, 1);
    assert.equal(lineA.notes, note, "the note arrives verbatim (escaping is the display's job)");
    assert.equal(lineB.quantity, 2);
    assert.equal(order.notes, "до прозореца");
    assert.equal(order.totalEurCents, expectedCents, "server-computed total");
    assert.ok((await page.textContent("#confirmation-total")).includes(
      (expectedCents / 100).toFixed(2).replace(".", ",")), "confirmation shows the total");

    step("double submit: one order");
    await addButtons.nth(0).click();
    await page.evaluate(() => {
      const button = document.getElementById("submit-order");
      button.click();
      button.click();
    });
    await page.waitForSelector("#confirmation:not([hidden])");
    await page.waitForTimeout(500);
    orders = await ordersOfTable(TABLE);
    assert.equal(orders.length, 2, "a double tap creates one order");

    step("connection dropped after the server took the order: retry gives the same order");
    await addButtons.nth(1).click();
    let forwarded = 0;
    await page.route("**/api/orders/create", async (route) => {
      const real = await route.fetch(); // reaches the server; the reply is lost on the way back
      forwarded = real.status();
      await route.abort("connectionreset");
    });
    dropping = true;
    await page.click("#submit-order");
    await page.waitForSelector("#notice:not([hidden])");
    dropping = false;
    assert.equal(forwarded, 201);
    assert.match(await page.textContent("#notice"), /Няма връзка със сървъра/);
    assert.equal(await page.locator(".cart-line").count(), 1, "the cart is kept");
    orders = await ordersOfTable(TABLE);
    assert.equal(orders.length, 3, "the server did create it");
    const lost = orders.reduce((a, b) => (a.orderNumber > b.orderNumber ? a : b));
    await page.unroute("**/api/orders/create");
    assert.equal(await page.textContent("#submit-order"), "Изпрати отново");
    await page.click("#submit-order");
    await page.waitForSelector("#confirmation:not([hidden])");
    assert.match(await page.textContent("#confirmation-title"), new RegExp("№ " + lost.orderNumber + " "));
    orders = await ordersOfTable(TABLE);
    assert.equal(orders.length, 3, "the retry did not create a second order");

    step("language switch keeps the cart; reload keeps it too");
    await addButtons.nth(0).click();
    await page.fill("#note-0", "extra hot");
    await page.click("#language-switch");
    assert.ok(page.url().endsWith("/en/order?table=3"), page.url());
    assert.equal(await page.textContent("#title"), "Table 3");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.locator(".cart-line").count(), 1);
    assert.equal(await page.inputValue("#note-0"), "extra hot");
    assert.equal(await page.textContent("#submit-order"), "Send the order");
    await page.reload();
    await page.waitForSelector(".cart-line");
    assert.equal(await page.inputValue("#note-0"), "extra hot");
    assert.equal(await page.textContent("#title"), "Table 3");
    await page.click('[data-focus-id="rm-0"]');
    assert.equal(await page.locator(".cart-line").count(), 0);

    step("waiter call: pending, then acknowledged shows the first name only");
    await page.click('.call-button[data-call-type="payment_card"]');
    await page.waitForSelector(".call-status-pending");
    assert.match(await page.textContent("#call-status"), /pay by card/);
    const calls = await api(base, "GET", "/api/waiter-call", undefined, token);
    assert.equal(calls.status, 200, calls.text);
    const callList = (Array.isArray(calls.json) ? calls.json : calls.json.calls)
      .filter((c) => c.tableNumber === TABLE && c.status === "pending");
    assert.equal(callList.length, 1, "the call appears for staff");
    assert.equal(callList[0].callType, "payment_card");
    const ack = await api(base, "PATCH", "/api/waiter-call/" + callList[0].id + "/acknowledge",
                          undefined, token);
    assert.equal(ack.status, 200, ack.text);
    await page.waitForSelector(".call-status-acknowledged", { timeout: 15000 });
    assert.equal(await page.textContent("#call-status"), "Мария is coming to your table.");
    assert.ok(!(await page.textContent("body")).includes("Иванова"), "no surname on the page");
    const status = await api(base, "GET", "/api/waiter-call/" + callList[0].id + "/status");
    assert.ok(!status.text.includes("Иванова"), "status route tells the first name only");

    step("the running bill: this table's orders, statuses live, totals in € with BGN beside");
    await page.click("#language-switch"); // back to Bulgarian
    await page.waitForSelector("#bill:not([hidden]) .bill-order");
    orders = await ordersOfTable(TABLE);
    assert.equal(await page.locator(".bill-order").count(), orders.length, "every order of the table");
    const tab = orders.reduce((sum, o) => sum + o.totalEurCents, 0);
    const billTotal = await page.textContent("#bill-total");
    assert.ok(billTotal.includes((tab / 100).toFixed(2).replace(".", ",") + "\u00a0€") &&
              billTotal.includes("лв."), "bill total " + billTotal + " for " + tab + " cents");
    const followed = orders[0];
    const statusOf = () => page.getAttribute('.bill-order[data-order-id="' + followed.id + '"]', "data-status");
    assert.equal(await statusOf(), followed.status);
    for (const next of ["preparing", "ready"]) {
      const changed = await api(base, "PATCH", "/api/orders/" + followed.id + "/status",
                                { status: next }, token);
      assert.equal(changed.status, 200, changed.text);
      const started = Date.now();
      await page.waitForSelector('.bill-order[data-order-id="' + followed.id + '"][data-status="' + next + '"]',
                                 { timeout: 15000 });
      console.log("  status " + next + " shown " + (Date.now() - started) + " ms after the change (poll 5 s)");
    }
    assert.equal(await page.textContent('.bill-order[data-order-id="' + followed.id + '"] .status'), "Готова");

    step("another table's bill is not reachable from this phone");
    refusalExpected = true;
    const foreign = await page.evaluate(async () => {
      const r = await fetch("/api/guest/tables/4/bill", { credentials: "same-origin" });
      return { status: r.status, body: await r.json() };
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.body.error, "table_link_invalid");
    refusalExpected = false;

    step("staff take one part of a split: the bill says what was already paid, the sum reads right");
    // The line appears on a poll (no input): measured with the bill's total on screen.
    await page.evaluate(() => document.getElementById("bill-total-line").scrollIntoView({ block: "center" }));
    await page.waitForTimeout(700);
    const beforePart = (await perf(page)).cls;
    const part = await api(base, "POST", "/api/tables/" + TABLE + "/payments", { method: "cash", parts: 2 },
                           token, { "Idempotency-Key": "guest-browser-part-1" });
    assert.equal(part.status, 201, part.text);
    const paidSoFar = part.json.tab.paidEurCents;
    const stillDue = part.json.tab.totalEurCents;
    assert.ok(paidSoFar > 0 && stillDue > 0, "half paid: " + part.text);
    const euro = (cents) => (cents / 100).toFixed(2).replace(".", ",") + "\u00a0€";
    await page.waitForFunction((text) => {
      const line = document.getElementById("bill-already-paid-line");
      return line && !line.hidden && document.getElementById("bill-already-paid").textContent.startsWith(text);
    }, euro(paidSoFar), { timeout: 15000 });
    await page.waitForTimeout(300);
    const partShift = (await perf(page)).cls - beforePart;
    console.log("  \"already paid\" line appeared: layout shift " + partShift.toFixed(4));
    assert.ok(partShift <= CLS_LIMIT, "layout shift of the paid line " + partShift + " > " + CLS_LIMIT);
    assert.equal((await page.textContent("#bill-already-paid-line span")).trim(), "Вече платено:");
    assert.ok((await page.textContent("#bill-already-paid")).includes("лв."), "BGN beside the paid amount");
    assert.ok((await page.textContent("#bill-total")).startsWith(euro(stillDue)), "still due " + stillDue);
    const listed = await page.$$eval(".bill-line span:last-child", (spans) => spans.reduce((sum, s) =>
      sum + Math.round(parseFloat(s.textContent.replace(/[^0-9,]/g, "").replace(",", ".")) * 100), 0));
    assert.equal(listed - paidSoFar, stillDue, "lines " + listed + " − already paid " + paidSoFar + " = to pay");

    step("staff pay the tab: the page says paid");
    const paid = await api(base, "POST", "/api/tables/" + TABLE + "/payments", { method: "card" }, token,
                           { "Idempotency-Key": "guest-browser-pay-1" });
    assert.equal(paid.status, 201, paid.text);
    await page.waitForSelector("#bill-paid:not([hidden])", { timeout: 15000 });
    assert.equal(await page.textContent("#bill-paid"), "Сметката е платена. Благодарим Ви!");
    assert.equal(await page.locator(".bill-order").count(), 0, "paid orders left the bill");
    assert.equal(await page.textContent("#cart-bar-link"), "Сметката е платена");

    step("layout shift and blocking time: throttled load (slow 4G, 4× CPU), then adding items");
    const measured = await context.newPage();
    const cdp = await context.newCDPSession(measured);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150,
      downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await measured.goto(base + "/bg/order?table=" + TABLE);
    await measured.waitForSelector(".product .button-add");
    await measured.waitForTimeout(1500); // the bill's first answer and any late paint
    const onLoad = await perf(measured);
    assert.ok(!onLoad.unsupported, "PerformanceObserver: " + onLoad.unsupported);
    console.log("  load: CLS " + onLoad.cls.toFixed(4) + ", TBT " + Math.round(onLoad.tbt) + " ms (" +
                onLoad.longTasks + " long tasks)" + (onLoad.shifts.length ? " shifts " + JSON.stringify(onLoad.shifts) : ""));
    assert.ok(onLoad.cls <= CLS_LIMIT, "CLS on load " + onLoad.cls + " > " + CLS_LIMIT);
    const measuredAdd = measured.locator(".product .button-add");
    for (let i = 0; i < 3; i++) {
      await measuredAdd.nth(i).click();
      await measured.waitForTimeout(700); // past the 500 ms input window: later shifts count
    }
    await measured.mouse.wheel(0, 600);
    await measured.waitForTimeout(700);
    const afterAdding = await perf(measured);
    console.log("  after adding 3 items: CLS " + afterAdding.cls.toFixed(4) + ", TBT " +
                Math.round(afterAdding.tbt) + " ms (" + afterAdding.longTasks + " long tasks)");
    assert.ok(afterAdding.cls <= CLS_LIMIT, "CLS after adding items " + afterAdding.cls + " > " + CLS_LIMIT);
    await measured.evaluate(() => window.localStorage.clear());
    await measured.close();

    step("no table link on this phone: the order is refused, the page says scan again");
    const stranger = await browser.newContext({ locale: "bg-BG" });
    const bare = await stranger.newPage();
    await bare.goto(base + "/bg/order?table=5");
    await bare.locator(".product .button-add").first().click();
    await bare.click("#submit-order");
    await bare.waitForFunction(() => /Сканирайте отново QR кода/.test(
      document.getElementById("notice").textContent));
    assert.equal(await bare.locator("#cart-lines li").count(), 1, "the cart is kept");
    assert.equal((await ordersOfTable(5)).length, 0, "no order for table 5");
    await stranger.close();

    step("unknown table: shown, not orderable");
    const other = await context.newPage();
    await other.goto(base + "/bg/order?table=99");
    await other.waitForSelector(".product");
    assert.match(await other.textContent("#notice"), /Маса 99 не приема поръчки/);
    assert.ok(await other.locator(".product .button-add").first().isDisabled());
    assert.ok(await other.locator(".call-button").first().isDisabled());
    await other.close();

    assert.deepEqual(problems, [], "no console errors or CSP violations");
    await context.close();
    console.log("PASS: guest page end to end");
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error("FAIL: " + (error && error.stack ? error.stack : error));
  process.exit(1);
});
