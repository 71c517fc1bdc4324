// Guest page end to end in real headless Chromium against the real tableside-server:
//   node guest-order.test.js --server PATH/tableside-server --modules BUILD/guest-browser
// Orders with notes reach the staff API with server-computed totals; a double tap and a retry
// after a dropped connection make one order; a waiter call shows "coming" after a staff
// acknowledge; the language switch keeps the cart; an unknown table cannot order; the page is
// opened through the table's signed link, and without it an order is refused with "scan again".
// Exits 77 (CTest SKIP) when chromium or npm is unavailable.
"use strict";
const assert = require("assert/strict");
const fs = require("fs");
const { parseArgs, loadPlaywright, launchChromium, run, startServer, api } = require("./harness");

const args = parseArgs(process.argv);
if (!args.server || !args.modules) {
  console.error("usage: node guest-order.test.js --server BIN --modules DIR");
  process.exit(2);
}

const PIN = "482613";
const STAFF_NAME = "Мария Иванова";
const TABLE = 3;

function step(name) { console.log("--- " + name); }

async function main() {
  const playwright = loadPlaywright(args.modules);
  const server = await startServer(args.server, (dataDir) => {
    run(args.server, ["staff", "add", "--data-dir", dataDir, "--name", STAFF_NAME, "--pin", PIN]);
  });
  const browser = await launchChromium(playwright);
  const problems = [];
  try {
    const base = server.baseUrl;
    const login = await api(base, "POST", "/api/staff/login", { pin: PIN });
    assert.equal(login.status, 200, "staff login: " + login.text);
    const token = login.json.token;
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
    const page = await context.newPage();
    let dropping = false; // the deliberately dropped reply below logs a reset: expected
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      if (dropping && /ERR_CONNECTION_RESET/.test(message.text())) return;
      problems.push(message.text() + " (" + (message.location().url || "?") + ")");
    });
    page.on("pageerror", (error) => problems.push("page error: " + error.message));

    step("open table 3's signed link (its QR card): the page, a session cookie, menu in bg");
    const link = run(args.server, ["table-links", "--data-dir", server.dataDir, "--base-url", base,
                                   "--tables", String(TABLE)]).trim();
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
