// Shared by the guest browser test and the screenshot script: installs playwright-core with npm
// into a build folder, starts a real tableside-server on a free port and launches Debian's
// chromium headless.
"use strict";
const assert = require("assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const SKIP = 77; // CTest SKIP_RETURN_CODE
const CHROMIUM = process.env.TABLESIDE_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-dev-shm-usage"];

function skip(message) {
  console.log("SKIP: " + message);
  process.exit(SKIP);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 2; i < argv.length; i++) {
    if (argv[i].startsWith("--")) args[argv[i].substring(2)] = argv[i + 1], i++;
  }
  return args;
}

// playwright-core only (no browser download): the test drives the system's chromium.
function loadPlaywright(modulesDir) {
  if (!fs.existsSync(CHROMIUM)) skip(CHROMIUM + " not found (apt-get install chromium)");
  const installed = path.join(modulesDir, "node_modules", "playwright-core");
  if (!fs.existsSync(installed)) {
    const npm = spawnSync("npm", ["install", "--prefix", modulesDir, "--no-audit", "--no-fund",
      "--no-save", "--loglevel=error", "playwright-core@1"], {
      stdio: "inherit", env: Object.assign({}, process.env, { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" })
    });
    if (npm.error || npm.status !== 0 || !fs.existsSync(installed))
      skip("npm could not install playwright-core (no network or no npm)");
  }
  return require(installed);
}

async function launchChromium(playwright) {
  return playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

function run(server, args) {
  const result = spawnSync(server, args, { encoding: "utf8",
    env: Object.assign({}, process.env, { QT_QPA_PLATFORM: "offscreen" }) });
  if (result.status !== 0)
    throw new Error(server + " " + args.join(" ") + " failed: " + result.stderr + result.stdout);
  return result.stdout;
}

// Starts tableside-server on 127.0.0.1, port 0; resolves with {baseUrl, dataDir, stop()}.
function startServer(server, setup) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tableside-guest-"));
  // The first start creates the database (demo menu, tables 1–20); staff are added after.
  if (setup) setup(dataDir);
  return new Promise((resolve, reject) => {
    const child = spawn(server, ["--data-dir", dataDir, "--address", "127.0.0.1", "--port", "0",
                                 "--tls-mode", "off"], {
      env: Object.assign({}, process.env, { QT_QPA_PLATFORM: "offscreen" })
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("server did not start: " + output));
    }, 30000);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = output.match(/Tableside Server listening on (https?:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        resolve({
          baseUrl: match[1], dataDir, process: child, output: () => output,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          })
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => { output += chunk.toString(); });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error("server exited with " + code + ": " + output));
    });
  });
}

async function api(baseUrl, method, urlPath, body, token, headers) {
  const init = { method, headers: Object.assign({ "Accept": "application/json" }, headers || {}) };
  if (token) init.headers.Authorization = "Bearer " + token;
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(baseUrl + urlPath, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: response.status, headers: response.headers, json, text };
}

// A staff token for @p pin from the server at @p baseUrl; the login must succeed.
async function staffLogin(baseUrl, pin, who) {
  const login = await api(baseUrl, "POST", "/api/staff/login", { pin });
  assert.equal(login.status, 200, (who || "staff") + " login: " + login.text);
  return login.json.token;
}

// The signed link of @p table's QR card, as `tableside-server table-links` prints it.
function tableLink(serverBinary, server, table) {
  return run(serverBinary, ["table-links", "--data-dir", server.dataDir, "--base-url",
                            server.baseUrl, "--tables", String(table)]).trim();
}

// Collects @p page's console errors and uncaught exceptions into @p problems.
function collectProblems(page, problems) {
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
}

module.exports = { SKIP, skip, parseArgs, loadPlaywright, launchChromium, run, startServer, api,
                   staffLogin, tableLink, collectProblems };
