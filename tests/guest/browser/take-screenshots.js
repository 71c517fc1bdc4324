// Phone-size screenshots of the guest page for the README (run by
// docs/screenshots/take-guest-screenshots.sh), first two with guest ordering switched off:
//   node take-screenshots.js --server BIN --modules DIR --out DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { parseArgs, loadPlaywright, launchChromium, run, startServer, api } = require("./harness");

const args = parseArgs(process.argv);

async function main() {
  const playwright = loadPlaywright(args.modules);
  const server = await startServer(args.server, (dataDir) => {
    run(args.server, ["staff", "add", "--data-dir", dataDir, "--name", "Мария Иванова", "--pin", "482613",
                      "--role", "manager"]);
  });
  const browser = await launchChromium(playwright);
  try {
    const base = server.baseUrl;
    const token = (await api(base, "POST", "/api/staff/login", { pin: "482613" })).json.token;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 },
                                                deviceScaleFactor: 2, hasTouch: true });
    const page = await context.newPage();
    const shot = async (name) => {
      const file = path.join(args.out, name);
      await page.screenshot({ path: file });
      console.log("wrote " + file);
    };

    // bg, en: ordering switched off for the night, the manager's message in the service strip.
    const messages = { bg: "Кухнята затвори — напитки само на бара",
                       en: "Kitchen closed — drinks only at the bar" };
    for (const lang of ["bg", "en"]) {
      await api(base, "PUT", "/api/admin/service",
                { guestOrdering: false, orderingMessage: messages[lang] }, token);
      await page.goto(run(args.server, ["table-links", "--data-dir", server.dataDir, "--base-url", base,
                                        "--tables", "5"]).trim());
      await page.waitForSelector(".product");
      if ((await page.getAttribute("body", "data-lang")) !== lang) await page.click("#language-switch");
      await page.waitForSelector("#service-banner:not([hidden])", { timeout: 15000 });
      await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); });
      await shot("guest-service-" + lang + ".png");
    }
    await api(base, "PUT", "/api/admin/service", { guestOrdering: true, orderingMessage: "" }, token);

    // bg: a waiter on the way, the menu, two things in the cart.
    // The card's link (with its table token: a call needs it).
    await page.goto(run(args.server, ["table-links", "--data-dir", server.dataDir, "--base-url", base,
                                      "--tables", "3"]).trim());
    await page.waitForSelector(".product .button-add");
    if ((await page.getAttribute("body", "data-lang")) !== "bg") await page.click("#language-switch");
    const add = page.locator(".product .button-add");
    await add.nth(0).click();
    await add.nth(1).click();
    await page.click('.call-button[data-call-type="payment_cash"]');
    await page.waitForSelector(".call-status-pending");
    const calls = (await api(base, "GET", "/api/waiter-call", undefined, token)).json.calls;
    await api(base, "PATCH", "/api/waiter-call/" + calls[0].id + "/acknowledge", undefined, token);
    await page.waitForSelector(".call-status-acknowledged", { timeout: 15000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("guest-bg.png");

    // en: the same cart after the language switch, with a note, scrolled to the cart.
    await page.click("#language-switch");
    await page.fill("#note-0", "no sugar, please");
    await page.click('[data-focus-id="inc-1"]');
    await page.evaluate(() => document.getElementById("submit-order").scrollIntoView({ block: "end" }));
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await shot("guest-en.png");

    // bg: the confirmation after sending.
    await page.click("#language-switch");
    await page.click("#submit-order");
    await page.waitForSelector("#confirmation:not([hidden])");
    await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement.blur(); });
    await shot("guest-bg-confirmation.png");
    await context.close();
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
