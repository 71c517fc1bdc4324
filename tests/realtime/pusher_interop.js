// Interoperability: the official pusher-js (client) and pusher (server library) from npm against
// the real tableside-server binary. Run by pusher_interop.sh (ctest "pusher_interop").
//   node pusher_interop.js SERVER_BIN NODE_PREFIX
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [serverBin, prefix] = process.argv.slice(2);
const Pusher = require(path.join(prefix, 'node_modules', 'pusher-js'));
const PusherServer = require(path.join(prefix, 'node_modules', 'pusher'));

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) failures++;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function waitFor(predicate, ms = 5000) {
  return new Promise((resolve) => {
    const start = Date.now();
    const tick = () => {
      if (predicate()) return resolve(true);
      if (Date.now() - start > ms) return resolve(false);
      setTimeout(tick, 10);
    };
    tick();
  });
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tableside-interop-'));
  const run = (...args) => execFileSync(serverBin, args, { encoding: 'utf8' });
  run('staff', 'add', '--data-dir', dataDir, '--name', 'Maria', '--pin', '482193', '--role', 'waiter');
  run('staff', 'add', '--data-dir', dataDir, '--name', 'Ivan', '--pin', '731904', '--role', 'kitchen');
  const credentials = JSON.parse(run('app-credentials', '--data-dir', dataDir).trim().split('\n').pop());

  // tls/mode=off: pusher-js and pusher-http-node on one plain port, as against the origin.
  const server = spawn(serverBin, ['--data-dir', dataDir, '--address', '127.0.0.1', '--port', '0',
                                   '--tls-mode', 'off'],
                       { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  server.stdout.on('data', (d) => { output += d; });
  const up = await waitFor(() => /listening on http:\/\/[^:]+:(\d+)/.test(output), 15000);
  if (!up) throw new Error('server did not start: ' + output);
  const port = Number(/listening on http:\/\/[^:]+:(\d+)/.exec(output)[1]);
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = async (pin) => {
      const r = await fetch(`${base}/api/staff/login`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pin }) });
      return (await r.json()).token;
    };
    const mariaToken = await login('482193');
    const ivanToken = await login('731904');
    check(!!mariaToken && !!ivanToken, 'staff log in with their PINs');

    // The recipe of docs/realtime.md ("An existing Pusher app"): an app keeps its code and its
    // other options (cluster, channelAuthorization, …); only these change. Every client and
    // server-library instance below is made from exactly these two objects.
    const serverOptions = { host: '127.0.0.1', port: String(port), useTLS: false };
    const clientOptions = { wsHost: '127.0.0.1', wsPort: port, forceTLS: false, enabledTransports: ['ws'] };
    const appCluster = 'eu'; // what the app had; ignored once wsHost is set

    const client = (token) => new Pusher(credentials.key, {
      cluster: appCluster, ...clientOptions,
      channelAuthorization: { endpoint: `${base}/pusher/auth`, transport: 'ajax',
                              headers: { Authorization: `Bearer ${token}` } },
    });
    const a = client(mariaToken);
    const b = client(ivanToken);
    check(await waitFor(() => a.connection.state === 'connected' && b.connection.state === 'connected'),
          'pusher-js connects');
    check(/^\d+\.\d+$/.test(a.connection.socket_id), `socket_id ${a.connection.socket_id} is digits.digits`);

    // Private staff channel through /pusher/auth.
    const staffChannel = 'private-staff-channel';
    const received = { a: [], b: [] };
    for (const [name, c] of [['a', a], ['b', b]]) {
      const channel = c.subscribe(staffChannel);
      channel.bind_global((event, data) => { if (!event.startsWith('pusher')) received[name].push({ event, data }); });
    }
    check(await waitFor(() => a.channel(staffChannel).subscribed && b.channel(staffChannel).subscribed),
          'private channel authorized via /pusher/auth');

    // Presence with the staff identity.
    const presenceA = a.subscribe('presence-staff');
    const added = [];
    const removed = [];
    presenceA.bind('pusher:member_added', (m) => added.push(m));
    presenceA.bind('pusher:member_removed', (m) => removed.push(m));
    check(await waitFor(() => presenceA.subscribed), 'presence channel subscribed');
    const presenceB = b.subscribe('presence-staff');
    const removedSeenByB = [];
    presenceB.bind('pusher:member_removed', (m) => removedSeenByB.push(m));
    check(await waitFor(() => presenceB.subscribed && presenceB.members.count === 2),
          'presence members count 2');
    check(await waitFor(() => added.length === 1) && added[0].info.name === 'Ivan' && added[0].info.role === 'kitchen',
          'member_added carries the staff name and role');
    check(presenceB.members.me && presenceB.members.me.info.name === 'Ivan', 'members.me is the staff member');

    // A guest order through the REST API reaches both pusher-js clients as new-order, with data
    // decoded to the order (pusher-js parses the JSON string).
    // The guest first opens table 4's signed link (its QR card), as a phone does: the table's
    // session cookie goes with the order.
    const link = run('table-links', '--data-dir', dataDir, '--base-url', base, '--tables', '4').trim();
    const opened = await fetch(link, { redirect: 'manual' });
    const session = (opened.headers.get('set-cookie') || '').split(';')[0];
    check(opened.status === 302 && session.startsWith('tableside_table=4.'), 'table link opens a session');
    const created = await fetch(`${base}/api/orders/create`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Cookie': session },
      body: JSON.stringify({ tableNumber: 4, items: [{ productId: 2, quantity: 2 }] }) });
    const order = (await created.json()).order;
    check(created.status === 201 && !!order, 'guest order created (201)');
    const gotOrder = (name) => received[name].filter((e) => e.event === 'new-order' && e.data.orderId === order.orderId);
    check(await waitFor(() => gotOrder('a').length === 1 && gotOrder('b').length === 1),
          'new-order delivered to both staff clients');
    const data = gotOrder('b')[0].data;
    check(data.orderNumber === order.orderNumber && data.tableNumber === 4 && data.totalEurCents === 560 &&
          data.totalEur === order.totalEur && data.totalBgn === order.totalBgn &&
          data.items.length === 1 && data.items[0].productId === 2 && data.items[0].quantity === 2 &&
          Number.isInteger(data.seq) && data.seq > 0,
          `new-order payload (orderNumber ${data.orderNumber}, totalEur ${data.totalEur}, seq ${data.seq})`);

    // The server library: trigger with exclusion.
    const api = new PusherServer({ appId: credentials.appId, key: credentials.key, secret: credentials.secret,
                                   ...serverOptions });
    const triggered = await api.trigger(staffChannel, 'interop-event', { n: 1 }, { socket_id: a.connection.socket_id });
    check(triggered.status === 200, 'pusher.trigger answers 200');
    check(await waitFor(() => received.b.some((e) => e.event === 'interop-event' && e.data.n === 1)),
          'trigger delivered to the other subscriber');
    await sleep(200);
    check(!received.a.some((e) => e.event === 'interop-event'), 'socket_id excluded the sender');

    const batch = await api.triggerBatch([
      { channel: staffChannel, name: 'batch-1', data: { i: 1 } },
      { channel: staffChannel, name: 'batch-2', data: { i: 2 } }]);
    check(batch.status === 200, 'triggerBatch answers 200');
    check(await waitFor(() => ['batch-1', 'batch-2'].every((n) => received.a.some((e) => e.event === n))),
          'batch events delivered');

    const channels = await (await api.get({ path: '/channels', params: { filter_by_prefix: 'presence-', info: 'user_count' } })).json();
    check(channels.channels['presence-staff'] && channels.channels['presence-staff'].user_count === 2,
          'GET /channels?filter_by_prefix=presence-&info=user_count');
    const info = await (await api.get({ path: `/channels/${staffChannel}`, params: { info: 'subscription_count' } })).json();
    check(info.occupied === true && info.subscription_count === 2, 'GET /channels/{name} with subscription_count');
    const users = await (await api.get({ path: '/channels/presence-staff/users' })).json();
    check(users.users.map((u) => u.id).sort().join(',') === [...new Set(users.users.map((u) => u.id))].sort().join(',') &&
          users.users.length === 2, 'GET /channels/presence-staff/users');

    // A wrong secret is refused with a real 401 (soketi answers 200 here).
    const wrong = new PusherServer({ appId: credentials.appId, key: credentials.key, secret: 'wrong',
                                     ...serverOptions });
    let status = 0;
    try { await wrong.trigger(staffChannel, 'nope', {}); } catch (e) { status = e.status; }
    check(status === 401, `wrong secret refused with 401 (got ${status})`);

    // An auth made for another socket is refused.
    const c = new Pusher(credentials.key, {
      cluster: appCluster, ...clientOptions,
      channelAuthorization: { customHandler: (params, callback) => {
        callback(null, { auth: api.authorizeChannel(a.connection.socket_id, staffChannel).auth }); } },
    });
    let refused = null;
    c.subscribe(staffChannel).bind('pusher:subscription_error', (e) => { refused = e; });
    check(await waitFor(() => refused !== null), 'auth signed for another socket is refused');
    c.disconnect();

    // An existing app, unchanged: its own backend authorizes its own private channel with the
    // server library's authorizeChannel (the usual /pusher/auth handler of a Pusher app) and
    // publishes with trigger; its pusher-js client posts to that backend as it always did.
    const appBackend = require('http').createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const auth = api.authorizeChannel(form.get('socket_id'), form.get('channel_name'));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify(auth));
      });
    });
    await new Promise((resolve) => appBackend.listen(0, '127.0.0.1', resolve));
    const appClient = new Pusher(credentials.key, {
      cluster: appCluster, ...clientOptions,
      channelAuthorization: { endpoint: `http://127.0.0.1:${appBackend.address().port}/pusher/auth`,
                              transport: 'ajax' },
    });
    const appChannel = appClient.subscribe('private-kitchen-display');
    const appEvents = [];
    appChannel.bind('order-ready', (d) => appEvents.push(d));
    check(await waitFor(() => appChannel.subscribed), "an existing app's own auth endpoint (authorizeChannel) is accepted");
    await api.trigger('private-kitchen-display', 'order-ready', { table: 4 });
    check(await waitFor(() => appEvents.length === 1 && appEvents[0].table === 4),
          "the existing app's trigger reaches its pusher-js client");
    appClient.disconnect();
    appBackend.close();

    // Reconnect: pusher-js resubscribes by itself and gets events again.
    const oldId = a.connection.socket_id;
    a.disconnect();
    check(await waitFor(() => removedSeenByB.length === 1 && presenceB.members.count === 1) &&
          removedSeenByB[0].info.name === 'Maria', 'member_removed (Maria) after disconnect');
    check(removed.length === 0, 'no member_removed on the disconnected client');
    a.connect();
    check(await waitFor(() => a.connection.state === 'connected' && a.connection.socket_id !== oldId),
          'reconnected with a new socket_id');
    check(await waitFor(() => a.channel(staffChannel).subscribed), 'resubscribed after reconnect');
    await api.trigger(staffChannel, 'after-reconnect', { ok: true });
    check(await waitFor(() => received.a.some((e) => e.event === 'after-reconnect')), 'events arrive after reconnect');

    a.disconnect();
    b.disconnect();
  } finally {
    server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => {
  console.log(failures ? `${failures} check(s) failed` : 'all interop checks passed');
  process.exit(failures ? 1 : 0);
}).catch((e) => { console.error('FAIL', e); process.exit(1); });
