/* Tableside guest page: menu, cart, order submission and waiter calls for one table.
   Plain ES2015 for old phone browsers; no framework, no build step. Everything shown from the
   server or the guest is inserted with textContent, never as HTML. */
(function () {
  "use strict";

  var I18N = window.TABLESIDE_I18N;
  var body = document.body;
  var CALL_POLL_MS = 3000; // see docs/guest.md: polling, as cheap as it is robust on a LAN
  // The bill: every 5 s while the phone follows it, answered 304 (no body) while nothing
  // changed; see docs/guest.md.
  var BILL_POLL_MS = 5000;
  var REQUEST_TIMEOUT_MS = 15000;
  var MAX_QUANTITY = 50;
  var NOTE_MAX = 200;

  var MENU_CHECK_MS = 30000;
  var state = {
    lang: body.getAttribute("data-lang") === "en" ? "en" : "bg",
    table: parseInt(body.getAttribute("data-table"), 10) || 0,
    tableState: body.getAttribute("data-table-state") || "missing", // active|unavailable|missing
    categories: [],
    products: [],
    productsById: {},
    menuLoaded: false,
    menuFailed: false,
    cart: [], // [{productId, quantity, notes}]
    orderNotes: "",
    idempotencyKey: null, // one key per cart content: retries of the same cart reuse it
    submitting: false,
    confirmation: null, // {number, table, eurCents, bgnCents}
    notice: null, // {key, params}
    call: null, // {id, type, status, waiterFirstName}
    callSending: false,
    bill: null, // {orders, totalEurCents, totalBgnCents, paid}
    billEtag: null,
    billWatch: false, // this phone ordered (or saw an open tab): it follows the table's bill
    billError: null, // i18n key while the bill cannot be shown
    // The manager's service switches (GET /api/service, issue 16): on until the server says off.
    service: { guestOrdering: true, waiterCalls: true, orderingMessage: "", callsMessage: "" },
    rejected: [] // [{id, orderNumber}] orders staff did not approve (they leave the bill)
  };
  var callTimer = null;
  var billTimer = null;
  var cartInView = false; // the bottom bar leads to the cart or the bill: hidden while it shows
  var billInView = false;

  // ---------- helpers ----------

  function $(id) { return document.getElementById(id); }

  function t(key, params) {
    var dict = I18N[state.lang] || I18N.bg;
    var text = dict[key];
    if (text === undefined) text = I18N.bg[key] || key;
    if (params) {
      text = text.replace(/\{(\w+)\}/g, function (all, name) {
        return params[name] !== undefined ? String(params[name]) : all;
      });
    }
    return text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === "text") node.textContent = value;
        else if (name === "className") node.className = value;
        else if (name.indexOf("on") === 0) node.addEventListener(name.substring(2), value);
        else node.setAttribute(name, value === true ? "" : value);
      });
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function digits(cents) {
    var whole = Math.floor(cents / 100);
    var fraction = cents % 100;
    var grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g,
                                        state.lang === "bg" ? "\u00a0" : ",");
    return grouped + (state.lang === "bg" ? "," : ".") + (fraction < 10 ? "0" : "") + fraction;
  }
  function formatEur(cents) {
    return state.lang === "bg" ? digits(cents) + "\u00a0€" : "€" + digits(cents);
  }
  function formatBgn(cents) {
    return state.lang === "bg" ? digits(cents) + "\u00a0лв." : "BGN\u00a0" + digits(cents);
  }
  function formatDual(eurCents, bgnCents) {
    return formatEur(eurCents) + " (" + formatBgn(bgnCents) + ")";
  }
  // Same rule as the server: BGN = round half-up (EUR cents × 1.95583), integers only
  // (exact in doubles far beyond any bill).
  function bgnFromEur(cents) { return Math.floor((cents * 195583 + 50000) / 100000); }

  function uuid() {
    var bytes = new Uint8Array(16);
    var crypto = window.crypto || window.msCrypto;
    if (crypto && crypto.getRandomValues) crypto.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = "";
    for (var j = 0; j < 16; j++) {
      hex += (bytes[j] < 16 ? "0" : "") + bytes[j].toString(16);
      if (j === 3 || j === 5 || j === 7 || j === 9) hex += "-";
    }
    return hex;
  }

  function productName(product) {
    if (!product) return "?";
    return (state.lang === "en" ? product.nameEn || product.nameBg : product.nameBg || product.nameEn) || "";
  }
  function productDescription(product) {
    return (state.lang === "en" ? product.descriptionEn : product.descriptionBg) || "";
  }
  function isOrderable(product) {
    return !!product && product.isAvailable !== false && product.isHidden !== true;
  }

  // ---------- persistence (the cart survives reloads and the language switch) ----------

  function storageKey() { return "tableside.table." + state.table; }

  function save() {
    try {
      window.localStorage.setItem(storageKey(), JSON.stringify({
        cart: state.cart, orderNotes: state.orderNotes,
        idempotencyKey: state.idempotencyKey, call: state.call, billWatch: state.billWatch,
        rejected: state.rejected
      }));
    } catch (e) { /* private mode or full storage: the page still works without it */ }
  }

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey()) || "null");
      if (!saved) return;
      if (Array.isArray(saved.cart)) {
        state.cart = saved.cart.filter(function (line) {
          return line && typeof line.productId === "number" && line.quantity > 0;
        }).map(function (line) {
          return { productId: line.productId,
                   quantity: Math.min(MAX_QUANTITY, Math.floor(line.quantity)),
                   notes: typeof line.notes === "string" ? line.notes.substring(0, NOTE_MAX) : "" };
        });
      }
      if (typeof saved.orderNotes === "string") state.orderNotes = saved.orderNotes;
      if (typeof saved.idempotencyKey === "string") state.idempotencyKey = saved.idempotencyKey;
      if (saved.call && typeof saved.call.id === "string") state.call = saved.call;
      state.billWatch = saved.billWatch === true;
      // Kept until the bill is settled: the server's tab no longer lists a rejected order.
      if (state.billWatch && Array.isArray(saved.rejected)) {
        state.rejected = saved.rejected.filter(function (o) {
          return o && typeof o.id === "string" && typeof o.orderNumber === "number";
        }).slice(-10);
      }
    } catch (e) { /* unreadable: start with an empty cart */ }
  }

  // ---------- network ----------

  function request(method, url, payload, headers) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var init = { method: method, credentials: "same-origin", cache: "no-store",
                 headers: { "Accept": "application/json" } };
    if (controller) init.signal = controller.signal;
    if (payload !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    Object.keys(headers || {}).forEach(function (name) { init.headers[name] = headers[name]; });
    return fetch(url, init).then(function (response) {
      if (timer) clearTimeout(timer);
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: response.status, ok: response.ok, body: json || {},
                 retryAfter: parseInt(response.headers.get("Retry-After"), 10) || 0,
                 etag: response.headers.get("ETag") };
      });
    }, function (error) {
      if (timer) clearTimeout(timer);
      throw error;
    });
  }

  function errorCode(result) { return String((result.body && result.body.error) || ""); }

  // ---------- service switches (issue 16) ----------

  function applyService(service) {
    if (!service || typeof service !== "object") return;
    state.service = {
      guestOrdering: service.guestOrdering !== false,
      waiterCalls: service.waiterCalls !== false,
      orderingMessage: typeof service.orderingMessage === "string" ? service.orderingMessage : "",
      callsMessage: typeof service.callsMessage === "string" ? service.callsMessage : ""
    };
  }

  // Asked with the menu (at load, when the page shows again, every MENU_CHECK_MS): a small
  // answer, so no ETag. A failed check keeps what the page knew; a refused order says it too.
  function loadService() {
    return request("GET", "/api/service").then(function (result) {
      if (!result.ok) return;
      var before = JSON.stringify(state.service);
      applyService(result.body.service);
      if (JSON.stringify(state.service) !== before) render();
    }, function () { /* unreachable: ordering will tell */ });
  }

  // The manager's message in the bottom dock: fixed, out of the flow, so showing it moves
  // nothing on the page (the layout-shift budget); the page's bottom padding grows with it.
  function renderService() {
    var service = state.service;
    var lines = [];
    if (!service.guestOrdering) lines.push(service.orderingMessage || t("orderingPaused"));
    if (!service.waiterCalls) {
      var message = service.callsMessage || t("callsPaused");
      if (lines.indexOf(message) < 0) lines.push(message);
    }
    var banner = $("service-banner");
    banner.hidden = !lines.length;
    banner.textContent = lines.join("\n");
    banner.setAttribute("data-ordering", service.guestOrdering ? "on" : "off");
    banner.setAttribute("data-calls", service.waiterCalls ? "on" : "off");
    if (lines.length) body.classList.add("service-paused");
    else body.classList.remove("service-paused");
    placeBar();
  }

  // With the banner showing, the cart bar rides above it: moved by a transform (CSSOM, allowed
  // by the page's CSP), so neither bar's layout position changes when the other comes or goes.
  function placeBar() {
    var banner = $("service-banner");
    var lift = banner.hidden ? 0 : banner.offsetHeight;
    $("cart-bar").style.transform = lift ? "translateY(-" + lift + "px)" : "";
  }

  // ---------- menu ----------

  function loadMenu() {
    // A cheap change check (H4, issue 16): 304 while the manager changed nothing.
    return request("GET", "/api/menu", undefined,
                   state.menuEtag ? { "If-None-Match": state.menuEtag } : {}).then(function (result) {
      if (result.status === 304 && state.menuLoaded) return;
      if (!result.ok) throw new Error("menu " + result.status);
      state.menuEtag = result.etag || null;
      var categories = Array.isArray(result.body.categories) ? result.body.categories : [];
      var products = Array.isArray(result.body.products) ? result.body.products : [];
      state.categories = categories.slice().sort(function (a, b) {
        return (a.sortOrder || 0) - (b.sortOrder || 0) || a.id - b.id;
      });
      state.products = products.filter(function (p) { return p.isHidden !== true; })
        .sort(function (a, b) { return (a.sortOrder || 0) - (b.sortOrder || 0) || a.id - b.id; });
      state.productsById = {};
      state.products.forEach(function (p) { state.productsById[p.id] = p; });
      state.menuLoaded = true;
      state.menuFailed = false;
    }).catch(function () {
      state.menuFailed = !state.menuLoaded;
    }).then(render);
  }

  function cartCount(productId) {
    var count = 0;
    state.cart.forEach(function (line) { if (line.productId === productId) count += line.quantity; });
    return count;
  }

  function renderMenu() {
    var container = $("menu-categories");
    var nav = $("category-nav");
    clear(container);
    clear(nav);
    $("menu-loading").hidden = state.menuLoaded || state.menuFailed;
    $("menu").setAttribute("aria-busy", state.menuLoaded ? "false" : "true");
    if (state.menuFailed) {
      container.appendChild(el("p", { className: "notice notice-error", text: t("menuFailed") }));
      container.appendChild(el("button", { type: "button", className: "button button-secondary",
                                           text: t("retry"), onclick: function () {
                                             state.menuFailed = false; render(); loadMenu();
                                           } }));
      return;
    }
    if (!state.menuLoaded) return;

    var canOrder = state.tableState === "active";
    var known = {};
    var sections = state.categories.map(function (category) {
      known[category.id] = true;
      return { id: "cat-" + category.id,
               title: (state.lang === "en" ? category.nameEn || category.nameBg : category.nameBg || category.nameEn) || "",
               products: state.products.filter(function (p) { return p.categoryId === category.id; }) };
    });
    var others = state.products.filter(function (p) { return !known[p.categoryId]; });
    if (others.length) sections.push({ id: "cat-other", title: t("menuTitle"), products: others });

    sections.forEach(function (section) {
      if (!section.products.length) return;
      nav.appendChild(el("a", { href: "#" + section.id, className: "chip", text: section.title }));
      var list = el("ul", { className: "products" });
      section.products.forEach(function (product) {
        var name = productName(product);
        var orderable = isOrderable(product);
        var count = cartCount(product.id);
        var action;
        if (!orderable) {
          action = el("span", { className: "badge badge-soldout", text: t("soldOut") });
        } else {
          action = el("button", {
            type: "button", className: "button button-add", "data-focus-id": "add-" + product.id,
            "aria-label": t("addAria", { name: name }), disabled: !canOrder || state.submitting,
            text: t("add"), onclick: function () { addToCart(product.id); }
          });
        }
        var description = productDescription(product);
        list.appendChild(el("li", { className: "product" + (orderable ? "" : " product-soldout") }, [
          product.photoUrl ? el("img", { className: "product-photo", src: product.photoUrl, alt: "",
                                         width: 72, height: 72, loading: "lazy" }) : null,
          el("div", { className: "product-text" }, [
            el("h4", { className: "product-name", text: name }),
            description ? el("p", { className: "product-description", text: description }) : null,
            el("p", { className: "price", text: formatDual(product.priceEurCents || 0, product.priceBgnCents || 0) }),
            count ? el("p", { className: "in-cart", text: t("inCart", { count: count }) }) : null
          ]),
          el("div", { className: "product-action" }, [action])
        ]));
      });
      container.appendChild(el("section", { id: section.id, className: "category",
                                            "aria-label": section.title }, [
        el("h3", { className: "category-title", text: section.title }), list
      ]));
    });
  }

  // ---------- cart ----------

  function cartChanged() {
    // A different cart is a different order: it gets a new idempotency key when sent.
    state.idempotencyKey = null;
    state.confirmation = null;
    save();
    render();
  }

  function addToCart(productId) {
    if (state.submitting) return;
    var line = null;
    state.cart.forEach(function (l) { if (l.productId === productId && !l.notes && !line) line = l; });
    if (line) line.quantity = Math.min(MAX_QUANTITY, line.quantity + 1);
    else state.cart.push({ productId: productId, quantity: 1, notes: "" });
    state.notice = null;
    cartChanged();
  }

  function changeQuantity(index, delta) {
    if (state.submitting) return;
    var line = state.cart[index];
    if (!line) return;
    line.quantity = Math.min(MAX_QUANTITY, line.quantity + delta);
    if (line.quantity <= 0) state.cart.splice(index, 1);
    cartChanged();
  }

  function cartTotalCents() {
    var total = 0;
    state.cart.forEach(function (line) {
      var product = state.productsById[line.productId];
      if (product) total += (product.priceEurCents || 0) * line.quantity;
    });
    return total;
  }

  function cartHasUnorderable() {
    if (!state.menuLoaded) return false;
    return state.cart.some(function (line) { return !isOrderable(state.productsById[line.productId]); });
  }

  function renderCart() {
    var lines = $("cart-lines");
    clear(lines);
    var empty = state.cart.length === 0;
    $("cart-empty").hidden = !empty;
    $("cart-footer").hidden = empty;
    state.cart.forEach(function (line, index) {
      var product = state.productsById[line.productId];
      var name = productName(product);
      var orderable = !state.menuLoaded || isOrderable(product);
      var noteId = "note-" + index;
      var noteInput = el("input", {
        id: noteId, className: "field", type: "text", maxlength: String(NOTE_MAX),
        placeholder: t("itemNotePlaceholder"), autocomplete: "off", disabled: state.submitting,
        "data-focus-id": "note-" + index
      });
      noteInput.value = line.notes || "";
      noteInput.addEventListener("input", function () {
        line.notes = noteInput.value.substring(0, NOTE_MAX);
        state.idempotencyKey = null; // the note is part of the order
        save();
      });
      lines.appendChild(el("li", { className: "cart-line" + (orderable ? "" : " cart-line-soldout") }, [
        el("div", { className: "cart-line-head" }, [
          el("span", { className: "cart-line-name", text: name }),
          el("span", { className: "cart-line-price",
                       text: product ? formatEur((product.priceEurCents || 0) * line.quantity) : "" })
        ]),
        orderable ? null : el("p", { className: "cart-line-warning", text: t("itemSoldOut") }),
        el("div", { className: "quantity", role: "group", "aria-label": t("quantityAria", { name: name }) }, [
          el("button", { type: "button", className: "button button-round", text: "−",
                         "data-focus-id": "dec-" + index, disabled: state.submitting,
                         "aria-label": line.quantity > 1 ? t("decreaseAria", { name: name }) : t("removeAria", { name: name }),
                         onclick: function () { changeQuantity(index, -1); } }),
          el("output", { className: "quantity-value", text: String(line.quantity), "aria-live": "polite" }),
          el("button", { type: "button", className: "button button-round", text: "+",
                         "data-focus-id": "inc-" + index,
                         disabled: state.submitting || !orderable || line.quantity >= MAX_QUANTITY,
                         "aria-label": t("increaseAria", { name: name }),
                         onclick: function () { changeQuantity(index, +1); } }),
          el("button", { type: "button", className: "button button-link", text: t("remove"),
                         "data-focus-id": "rm-" + index, disabled: state.submitting,
                         "aria-label": t("removeAria", { name: name }),
                         onclick: function () { changeQuantity(index, -line.quantity); } })
        ]),
        el("label", { "for": noteId, className: "field-label", text: t("itemNoteLabel", { name: name }) }),
        noteInput
      ]));
    });

    var total = cartTotalCents();
    $("cart-total").textContent = formatDual(total, bgnFromEur(total));
    var notes = $("order-notes");
    if (notes.value !== state.orderNotes) notes.value = state.orderNotes;
    notes.disabled = state.submitting;
    var submit = $("submit-order");
    var paused = !state.service.guestOrdering;
    submit.textContent = state.submitting ? t("submitting") : paused ? t("submitPaused")
                       : state.idempotencyKey ? t("submitRetry") : t("submit");
    submit.disabled = state.submitting || empty || paused || state.tableState !== "active"
                      || cartHasUnorderable();
    submit.setAttribute("aria-busy", state.submitting ? "true" : "false");

    var count = 0;
    state.cart.forEach(function (line) { count += line.quantity; });
    renderBar();
  }

  // The bottom bar: the cart while it holds something, else the bill while there is one.
  function renderBar() {
    var bar = $("cart-bar");
    var link = $("cart-bar-link");
    var count = 0;
    state.cart.forEach(function (line) { count += line.quantity; });
    var bill = state.bill;
    if (count) {
      bar.hidden = cartInView;
      link.setAttribute("href", "#cart");
      link.textContent = t("cartBar", { count: count, total: formatEur(cartTotalCents()) });
    } else if (bill && (bill.orders.length || bill.paid)) {
      bar.hidden = billInView;
      link.setAttribute("href", "#bill");
      link.textContent = bill.orders.length
        ? t("billBar", { count: bill.orders.length, total: formatEur(bill.totalEurCents) })
        : t("billBarPaid");
    } else {
      bar.hidden = true;
    }
    placeBar();
  }

  // ---------- the table's bill ----------

  function statusLabel(status) {
    return status === "preparing" ? t("statusPreparing") : status === "ready" ? t("statusReady")
         : status === "completed" ? t("statusCompleted")
         : status === "pending_approval" ? t("statusWaiting")   // issue 16: order approval
         : status === "cancelled" ? t("statusRejected") : t("statusPending");
  }

  function pollBill(delay) {
    if (billTimer) clearTimeout(billTimer);
    billTimer = null;
    if (!state.table || state.tableState !== "active") return;
    billTimer = setTimeout(function () {
      billTimer = null;
      if (document.hidden) return; // a hidden tab asks again when it shows (visibilitychange)
      var headers = state.billEtag ? { "If-None-Match": state.billEtag } : {};
      request("GET", "/api/guest/tables/" + state.table + "/bill", undefined, headers).then(function (result) {
        if (result.status === 304) {
          pollBill(BILL_POLL_MS);
        } else if (result.ok) {
          state.billEtag = result.etag || null;
          state.billError = null;
          applyBill(result.body);
        } else if (result.status === 429) {
          pollBill((result.retryAfter || 10) * 1000);
        } else if (result.status === 403 || result.status === 404) {
          // No session for this table on this phone: say so only to a phone that ordered.
          state.billError = state.billWatch ? "billUnavailable" : null;
          renderBill();
        } else {
          pollBill(BILL_POLL_MS * 2);
        }
      }, function () { pollBill(BILL_POLL_MS * 2); });
    }, delay);
  }

  function applyBill(body) {
    var orders = Array.isArray(body.orders) ? body.orders : [];
    var before = {};
    ((state.bill && state.bill.orders) || []).forEach(function (o) { before[o.id] = o; });
    var now = {};
    var changed = [];
    orders.forEach(function (o) {
      now[o.id] = o;
      if (before[o.id] && before[o.id].status !== o.status)
        changed.push(t("statusAria", { number: o.orderNumber, status: statusLabel(o.status) }));
    });
    // A rejected order is cancelled and leaves the tab: one that was waiting for staff and is
    // gone was not accepted, and the page keeps saying so.
    Object.keys(before).forEach(function (id) {
      var o = before[id];
      if (now[id] || o.status !== "pending_approval") return;
      state.rejected.push({ id: o.id, orderNumber: o.orderNumber });
      changed.push(t("statusAria", { number: o.orderNumber, status: statusLabel("cancelled") }));
    });
    var c = state.confirmation;
    if (c && c.orderId) {
      if (now[c.orderId]) c.status = String(now[c.orderId].status || c.status);
      else if (before[c.orderId] && before[c.orderId].status === "pending_approval") c.status = "cancelled";
    }
    var wasOpen = !!(state.bill && state.bill.orders.length);
    var paid = body.paid === true && orders.length === 0 && (state.billWatch || wasOpen);
    state.bill = { orders: orders, paid: paid,
                   totalEurCents: Number(body.totalEurCents) || 0,
                   totalBgnCents: Number(body.totalBgnCents) || 0,
                   // Paid toward these orders (items or parts of a split): the listed lines
                   // minus this is what is still due.
                   paidEurCents: Number(body.paidEurCents) || 0 };
    if (orders.length) state.billWatch = true;
    if (paid) {
      state.billWatch = false; // settled: the next order starts a new bill
      state.rejected = [];
    }
    save();
    // Only the bill, the bar and the confirmation: the menu is not rebuilt for a bill update.
    renderConfirmation();
    renderBill();
    renderBar();
    if (changed.length) $("bill-live").textContent = changed.join(". ");
    if (paid) $("bill-live").textContent = t("billPaid");
    if (state.billWatch) pollBill(BILL_POLL_MS);
  }

  function renderBill() {
    var bill = state.bill;
    var hasOrders = !!(bill && bill.orders.length);
    var section = $("bill");
    section.hidden = !(hasOrders || (bill && bill.paid) || state.billError || state.rejected.length);
    var error = $("bill-error");
    error.hidden = !state.billError;
    error.textContent = state.billError ? t(state.billError) : "";
    var paid = $("bill-paid");
    paid.hidden = !(bill && bill.paid);
    paid.textContent = t("billPaid");
    var list = $("bill-orders");
    clear(list);
    $("bill-total-line").hidden = !hasOrders;
    $("bill-already-paid-line").hidden = !(hasOrders && bill.paidEurCents > 0);
    state.rejected.forEach(function (order) {
      list.appendChild(el("li", { className: "bill-order bill-order-rejected", "data-order-id": order.id,
                                  "data-status": "cancelled" }, [
        el("div", { className: "bill-order-head" }, [
          el("h3", { className: "bill-order-title", text: t("billOrder", { number: order.orderNumber }) }),
          el("span", { className: "status status-cancelled", text: statusLabel("cancelled") })
        ])
      ]));
    });
    if (!hasOrders) return;
    bill.orders.forEach(function (order) {
      var lines = el("ul", { className: "bill-lines" });
      (order.items || []).forEach(function (item) {
        var name = (state.lang === "en" ? item.productNameEn || item.productName
                                        : item.productName || item.productNameEn) || "";
        lines.appendChild(el("li", { className: "bill-line" }, [
          el("span", { className: "bill-line-name", text: t("billLine", { quantity: item.quantity, name: name }) }),
          el("span", { text: formatEur(Number(item.lineTotalEurCents) || 0) })
        ]));
      });
      var status = String(order.status || "pending");
      list.appendChild(el("li", { className: "bill-order", "data-order-id": order.id,
                                  "data-status": status }, [
        el("div", { className: "bill-order-head" }, [
          el("h3", { className: "bill-order-title", text: t("billOrder", { number: order.orderNumber }) }),
          el("span", { className: "status status-" + status, text: statusLabel(status) })
        ]),
        lines
      ]));
    });
    $("bill-already-paid").textContent = bill.paidEurCents > 0
      ? formatDual(bill.paidEurCents, bgnFromEur(bill.paidEurCents)) : "";
    $("bill-total").textContent = formatDual(bill.totalEurCents, bill.totalBgnCents);
  }

  // ---------- order submission ----------

  function showNotice(key, params) {
    state.notice = { key: key, params: params || {} };
    render();
    var notice = $("notice");
    if (notice.scrollIntoView) notice.scrollIntoView({ block: "center" });
  }

  function handleRefusal(result, rejectedKey) {
    var code = errorCode(result);
    if (code === "service_paused") {
      // Switched off since the last check: the banner says the manager's words, the button waits.
      var service = result.body.service || {};
      if (!result.body.service) {
        service = JSON.parse(JSON.stringify(state.service));
        if (result.body.paused === "calls") service.waiterCalls = false;
        else service.guestOrdering = false;
      }
      applyService(service);
      state.notice = null;
      render();
    } else if (result.status === 429) {
      showNotice("errorRateLimited", { seconds: result.retryAfter || Number(result.body.retryAfter) || 30 });
    } else if (result.status >= 500 || result.status === 0) {
      showNotice("errorServer");
    } else if (code === "table_link_required" || code === "table_link_invalid") {
      // No session for this table (the card was not scanned on this phone, or it was
      // replaced): the cart stays, scanning the card again opens the session.
      showNotice("errorTableLink");
    } else if (/table/.test(code)) {
      state.tableState = "unavailable";
      showNotice("errorTableInactive", { table: state.table });
    } else if (/unavailable|sold_out|product/.test(code)) {
      // The menu changed under the guest: reload it so the sold-out line is marked in the cart.
      if (result.body.productId && state.productsById[result.body.productId])
        state.productsById[result.body.productId].isAvailable = false;
      showNotice("errorSoldOut");
      loadMenu();
    } else {
      showNotice(rejectedKey, { message: result.body.message || code || String(result.status) });
    }
  }

  function submitOrder() {
    if (state.submitting || !state.cart.length || !state.service.guestOrdering) return;
    if (state.tableState !== "active") {
      showNotice(state.table ? "errorTableInactive" : "errorNoTable", { table: state.table });
      return;
    }
    if (!state.idempotencyKey) state.idempotencyKey = uuid();
    var key = state.idempotencyKey;
    var payload = {
      tableNumber: state.table,
      items: state.cart.map(function (line) {
        return { productId: line.productId, quantity: line.quantity, notes: line.notes || "" };
      }),
      notes: state.orderNotes,
      clientOrderId: key
    };
    state.submitting = true;
    state.notice = null;
    save();
    render();
    request("POST", "/api/orders/create", payload, { "Idempotency-Key": key }).then(function (result) {
      state.submitting = false;
      if (result.ok) {
        var order = result.body.order || {};
        var eur = typeof order.totalEurCents === "number" ? order.totalEurCents : cartTotalCents();
        state.confirmation = {
          orderId: order.id || null,
          status: String(order.status || "pending"), // pending_approval: staff approve it first
          number: result.body.orderNumber || order.orderNumber,
          table: state.table, eurCents: eur,
          bgnCents: typeof order.totalBgnCents === "number" ? order.totalBgnCents : bgnFromEur(eur)
        };
        state.cart = [];
        state.orderNotes = "";
        state.idempotencyKey = null;
        state.billWatch = true;
        save();
        render();
        pollBill(0);
        var confirmation = $("confirmation");
        if (confirmation.scrollIntoView) confirmation.scrollIntoView({ block: "start" });
        confirmation.focus();
      } else {
        handleRefusal(result, "errorRejected");
      }
    }, function () {
      // Dropped connection or timeout: the order may or may not exist. The cart and its key
      // stay, so "Send again" either creates it or gets the same order back.
      state.submitting = false;
      showNotice("errorUnreachable");
    });
  }

  function renderConfirmation() {
    var section = $("confirmation");
    var c = state.confirmation;
    section.hidden = !c;
    if (!c) return;
    var waiting = c.status === "pending_approval";
    var rejected = c.status === "cancelled";
    section.setAttribute("data-status", c.status || "pending");
    $("confirmation-title").textContent = t(waiting ? "confirmationWaitingTitle"
                                            : rejected ? "confirmationRejectedTitle"
                                            : "confirmationTitle", { number: c.number });
    $("confirmation-text").textContent = t(waiting ? "confirmationWaitingText"
                                           : rejected ? "confirmationRejectedText"
                                           : "confirmationText", { table: c.table });
    $("confirmation-total").textContent = t("confirmationTotal", { total: formatDual(c.eurCents, c.bgnCents) });
  }

  // ---------- waiter calls ----------

  function callTypeLabel(type) {
    return type === "payment_cash" ? t("typeCash") : type === "payment_card" ? t("typeCard") : t("typeHelp");
  }

  function callWaiter(type) {
    if (state.callSending || !state.service.waiterCalls) return;
    if (state.tableState !== "active") {
      showNotice(state.table ? "errorTableInactive" : "errorNoTable", { table: state.table });
      return;
    }
    state.callSending = true;
    state.notice = null;
    render();
    // One key per tap: a retried request is one call; the server also folds a second call of
    // the same type into the table's open one.
    request("POST", "/api/waiter-call", { tableNumber: state.table, callType: type, message: "" },
            { "Idempotency-Key": uuid() })
      .then(function (result) {
        state.callSending = false;
        if (result.ok && result.body.call && typeof result.body.call.id === "string") {
          // Only the id, type and status are kept: who acknowledges comes from the guest
          // status route, which tells a first name and nothing more.
          state.call = { id: result.body.call.id, type: type,
                         status: result.body.call.status || "pending", waiterFirstName: "" };
          save();
          render();
          pollCall(0);
        } else {
          handleRefusal(result, "errorCallRejected");
        }
      }, function () {
        state.callSending = false;
        showNotice("errorUnreachable");
      });
  }

  function pollCall(delay) {
    if (callTimer) clearTimeout(callTimer);
    callTimer = null;
    if (!state.call || state.call.status === "completed") return;
    callTimer = setTimeout(function () {
      callTimer = null;
      var call = state.call;
      if (!call) return;
      request("GET", "/api/waiter-call/" + encodeURIComponent(call.id) + "/status").then(function (result) {
        if (state.call !== call) return;
        if (result.ok) {
          call.status = String(result.body.status || call.status);
          call.waiterFirstName = String(result.body.waiterFirstName || "");
          call.reminded = result.body.reminded === true; // an escalation step fired (issue 18)
          save();
          render();
          if (call.status === "completed") {
            // Show "answered" for a minute, then free the status line.
            setTimeout(function () { if (state.call === call) { state.call = null; save(); render(); } }, 60000);
            return;
          }
        } else if (result.status === 404) {
          state.call = null;
          save();
          render();
          return;
        }
        pollCall(result.status === 429 ? (result.retryAfter || 10) * 1000 : CALL_POLL_MS);
      }, function () { pollCall(CALL_POLL_MS * 2); });
    }, delay);
  }

  function renderCalls() {
    var buttons = document.querySelectorAll(".call-button");
    var canCall = state.tableState === "active" && !state.callSending && state.service.waiterCalls;
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = !canCall;
    var status = $("call-status");
    var call = state.call;
    var text = "";
    if (state.callSending) text = t("callSending");
    else if (call && call.status === "acknowledged")
      text = call.waiterFirstName ? t("callAcknowledged", { name: call.waiterFirstName }) : t("callAcknowledgedNoName");
    else if (call && call.status === "completed") text = t("callCompleted");
    else if (call && call.reminded) text = t("callReminded");
    else if (call) text = t("callPending", { type: callTypeLabel(call.type) });
    status.hidden = !text;
    status.textContent = text;
    status.className = "call-status" + (call ? " call-status-" + call.status : "");
  }

  // ---------- page ----------

  function renderStatic() {
    document.documentElement.lang = state.lang;
    body.setAttribute("data-lang", state.lang);
    var title = state.table ? t("pageTitleTable", { table: state.table }) : t("pageTitleNoTable");
    document.title = title;
    $("title").textContent = title;
    var other = state.lang === "bg" ? "en" : "bg";
    var switcher = $("language-switch");
    switcher.textContent = I18N[other].languageName;
    switcher.setAttribute("lang", other);
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
  }

  function renderNotice() {
    var notice = $("notice");
    var n = state.notice;
    if (!n && state.tableState !== "active")
      n = { key: state.table ? "errorTableInactive" : "errorNoTable", params: { table: state.table } };
    notice.hidden = !n;
    notice.textContent = n ? t(n.key, n.params) : "";
    notice.className = "notice notice-error";
  }

  function render() {
    var focused = document.activeElement && document.activeElement.getAttribute
      ? document.activeElement.getAttribute("data-focus-id") : null;
    renderStatic();
    renderService();
    renderNotice();
    renderConfirmation();
    renderCalls();
    renderMenu();
    renderCart();
    renderBill();
    renderBar();
    if (focused) {
      // Re-rendering replaced the focused button: put focus back on its successor.
      var again = document.querySelector('[data-focus-id="' + focused + '"]');
      if (again && !again.disabled) again.focus();
    }
  }

  function switchLanguage() {
    state.lang = state.lang === "bg" ? "en" : "bg";
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "/" + state.lang + "/order" +
                                  (state.table ? "?table=" + state.table : ""));
    }
    render();
  }

  function start() {
    if (state.table) load();
    $("language-switch").addEventListener("click", switchLanguage);
    $("submit-order").addEventListener("click", submitOrder);
    $("order-notes").addEventListener("input", function () {
      state.orderNotes = $("order-notes").value.substring(0, 500);
      state.idempotencyKey = null;
      save();
    });
    $("confirmation-close").addEventListener("click", function () {
      state.confirmation = null;
      render();
    });
    var callButtons = document.querySelectorAll(".call-button");
    for (var i = 0; i < callButtons.length; i++) {
      (function (button) {
        button.addEventListener("click", function () { callWaiter(button.getAttribute("data-call-type")); });
      })(callButtons[i]);
    }
    document.addEventListener("visibilitychange", function () {
      // Phones freeze timers in the background: catch up at once when the guest looks again.
      if (!document.hidden && state.call) pollCall(0);
      if (!document.hidden && state.billWatch) pollBill(0);
      if (!document.hidden) { loadMenu(); loadService(); } // the manager may have changed them
    });
    // Menu changes (prices, pauses, photos) reach an open page within MENU_CHECK_MS.
    setInterval(function () { if (!document.hidden) { loadMenu(); loadService(); } }, MENU_CHECK_MS);
    if (window.IntersectionObserver) {
      new IntersectionObserver(function (entries) {
        cartInView = entries[0].isIntersecting;
        renderBar();
      }).observe($("cart-footer"));
      new IntersectionObserver(function (entries) {
        billInView = entries[0].isIntersecting;
        renderBar();
      }).observe($("bill"));
    }
    window.addEventListener("resize", placeBar); // the banner's height follows the width
    render();
    loadService();
    loadMenu().then(function () {
      // Once after the menu: an open tab at this table shows (and is followed) on every phone
      // with the table's session, not only on the one that ordered.
      pollBill(0);
    });
    if (state.call) pollCall(0);
  }

  start();
})();
