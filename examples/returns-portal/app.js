// A returns portal on returnkit's web build: every eligibility, deadline, fee, label cost and
// refund on this page comes from returnkit (Policy.decide and rmaSubmit); the page only
// gathers the customer's choices and shows the answers. The language menu picks the locale
// returnkit writes its reasons and statuses in: the package's compiled catalog of that locale
// is fetched once and added (addCatalog); English is built in.
import { init, Policy, rmaSubmit, addCatalog, ReturnKitError } from 'returnkit';

const REASONS = [
  ['size_or_fit', 'Size or fit', 'remorse'],
  ['changed_mind', 'Changed my mind', 'remorse'],
  ['defective', "Defective or doesn't work", 'merchant_fault'],
  ['damaged_in_transit', 'Arrived damaged', 'merchant_fault'],
  ['wrong_item', 'Wrong item sent', 'merchant_fault'],
  ['not_as_described', 'Not as described', 'merchant_fault'],
  ['arrived_late', 'Arrived too late', 'merchant_fault'],
  ['other', 'Other', 'remorse'],
];
const RESOLUTION_LABELS = {
  original_payment: 'Refund to my original payment',
  store_credit: 'Store credit',
  exchange: 'Exchange',
};
const SEQUENCE_KEY = 'returnkit-portal-sequence';

const $ = (id) => document.getElementById(id);
const state = { shop: null, policy: null, policyDoc: null, orders: [], entry: null, lines: [], now: null, decision: null, locale: 'en' };
// Catalogs added so far (English is built in).
const loadedLocales = new Set(['en']);

/** What a decision request carries of the customer's language: nothing for English. */
function inLocale(request) {
  return state.locale === 'en' ? request : { ...request, locale: state.locale };
}

// ---------------------------------------------------------------- formatting

/** An exact decimal string as money, without going through floating point. */
function money(amount, currency) {
  const negative = amount.startsWith('-');
  const [whole, fraction] = amount.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol =
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')
      ?.value ?? `${currency} `;
  return `${negative ? '−' : ''}${symbol}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A `YYYY-MM-DD` date as "Sun, Dec 6, 2026". */
function day(date) {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant in the shop's time zone. */
function instant(at) {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit',
    timeZone: state.policyDoc.timezone, timeZoneName: 'short',
  }).format(new Date(at));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function show(section) {
  for (const id of ['find', 'items', 'done']) $(id).hidden = id !== section;
  const heading = $(`${section}-title`);
  heading.focus();
}

function errorText(e) {
  return e instanceof ReturnKitError ? e.message : `Something went wrong: ${e.message}`;
}

// ---------------------------------------------------------------- step 1: find the order

function findOrder(event) {
  event.preventDefault();
  const number = $('order-number').value.trim().toUpperCase();
  const email = $('email').value.trim().toLowerCase();
  $('find-error').textContent = '';
  if (!number || !email) {
    $('find-error').textContent = 'Enter your order number and the email address you ordered with.';
    return;
  }
  const entry = state.orders.find((o) => o.order.id.toUpperCase() === number && o.email.toLowerCase() === email);
  if (!entry) {
    $('find-error').textContent = "We couldn't find an order with that number and email address.";
    return;
  }
  openOrder(entry);
}

// ---------------------------------------------------------------- step 2: items and refund

/** What returnkit says of one line on its own (one unit, a change of mind; or else a fault). */
function eligibility(line) {
  const ask = (reason) =>
    state.policy.decide({
      order: state.entry.order,
      request: inLocale({ lines: [{ line_id: line.id, quantity: 1, reason }] }),
      now: state.now,
    }).lines[0];
  const remorse = ask('changed_mind');
  if (remorse.outcome !== 'deny') return { status: 'ok', decision: remorse };
  const fault = ask('defective');
  if (fault.outcome !== 'deny') return { status: 'faulty', decision: fault, why: remorse.reasons };
  return { status: 'no', decision: remorse, why: remorse.reasons };
}

function returnable(line) {
  const delivered = line.delivered_quantity ?? line.fulfilled_quantity ?? line.quantity;
  const earlier = (state.entry.order.prior_returns?.lines ?? [])
    .filter((p) => p.line_id === line.id)
    .reduce((n, p) => n + p.quantity, 0);
  return Math.max(0, delivered - earlier);
}

function openOrder(entry) {
  state.entry = entry;
  const { order } = entry;
  state.lines = order.lines.map((line) => {
    const e = eligibility(line);
    return { line, ...e, max: returnable(line), picked: false, quantity: 1, reason: e.status === 'faulty' ? 'defective' : '' };
  });
  $('order-summary').textContent = `Order ${order.id} for ${entry.customer}, placed ${day(order.placed_at.slice(0, 10))}.`;
  const list = $('item-list');
  list.replaceChildren(...state.lines.map(renderItem));
  state.resolution = state.policyDoc.resolutions?.[0] ?? 'original_payment';
  update();
  show('items');
}

function renderItem(entry, index) {
  const { line, status, decision, why } = entry;
  const id = `line-${index}`;
  const currency = state.entry.order.currency;
  const deadline = decision.deadline ? day(decision.deadline) : null;
  const head = el('div', { class: 'item-head' },
    el('p', { class: 'item-title', id: `${id}-title`, text: line.title }),
    el('p', { class: 'item-price', text: `${line.quantity} × ${money(line.unit_price, currency)}` }));
  const badge =
    status === 'ok'
      ? el('p', { class: 'badge ok', 'data-eligibility': 'returnable', text: deadline ? `Returnable until ${deadline}` : 'Returnable any time' })
      : status === 'faulty'
        ? el('p', { class: 'badge warn', 'data-eligibility': 'faulty-only', text: `Returnable only if faulty, until ${deadline}` })
        : el('p', { class: 'badge no', 'data-eligibility': 'not-returnable', text: 'Not returnable' });
  const reasons = (why ?? []).map((r) => el('p', { class: 'why', 'data-reason': r.code, text: r.message }));
  const item = el('li', { class: `item ${status === 'no' ? 'denied' : ''}`, 'data-line': line.id }, head, badge, reasons);
  if (status === 'no' || entry.max === 0) return item;

  const choices = el('div', { class: 'choices', hidden: !entry.picked });
  const pick = el('input', {
    type: 'checkbox', id: `${id}-pick`, 'aria-controls': `${id}-choices`,
    onchange: (ev) => {
      entry.picked = ev.target.checked;
      choices.hidden = !entry.picked;
      update();
    },
  });
  choices.id = `${id}-choices`;
  const qty = el('select', { id: `${id}-qty`, 'aria-describedby': `${id}-title`, onchange: (ev) => { entry.quantity = Number(ev.target.value); update(); } },
    Array.from({ length: entry.max }, (_, i) => el('option', { value: String(i + 1), text: String(i + 1) })));
  const allowed = REASONS.filter(([, , cls]) => status === 'ok' || cls === 'merchant_fault');
  const reason = el('select', { id: `${id}-reason`, 'aria-describedby': `${id}-title`, required: true, onchange: (ev) => { entry.reason = ev.target.value; update(); } },
    status === 'ok' ? el('option', { value: '', text: 'Choose a reason' }) : null,
    allowed.map(([code, label]) => el('option', { value: code, text: label })));
  choices.append(
    el('div', { class: 'field' }, el('label', { for: `${id}-qty`, text: 'Quantity' }), qty),
    el('div', { class: 'field' }, el('label', { for: `${id}-reason`, text: 'Reason' }), reason));
  item.append(el('div', { class: 'pick' }, pick, el('label', { for: `${id}-pick`, text: `Return ${line.title}` })), choices);
  return item;
}

function request() {
  const lines = state.lines
    .filter((e) => e.picked && e.reason)
    .map((e) => ({ line_id: e.line.id, quantity: e.quantity, reason: e.reason }));
  return inLocale({ lines, resolution: state.resolution, origin: state.entry.order.shipping_address });
}

function renderResolutions(offers) {
  const container = $('resolution-options');
  const codes = offers.map((o) => o.resolution);
  if (container.dataset.codes === codes.join() && codes.includes(state.resolution)) return;
  if (!codes.includes(state.resolution)) state.resolution = codes[0];
  container.dataset.codes = codes.join();
  const bonus = state.policyDoc.bonus?.store_credit;
  container.replaceChildren(
    ...codes.map((code) => {
      const id = `resolution-${code}`;
      const extra = code === 'store_credit' && bonus?.type === 'percent' ? ` (+${bonus.percent}% bonus)` : '';
      return el('div', { class: 'option' },
        el('input', {
          type: 'radio', name: 'resolution', id, value: code, checked: code === state.resolution,
          onchange: () => { state.resolution = code; update(); },
        }),
        el('label', { for: id }, el('strong', { text: RESOLUTION_LABELS[code] ?? code }), extra));
    }),
  );
}

function row(label, amount, currency, kind = '', key = '') {
  return el('tr', { class: kind, 'data-row': key || undefined },
    el('th', { scope: 'row', text: label }),
    el('td', { text: money(amount, currency) }));
}

function update() {
  const breakdown = $('breakdown');
  const submit = $('submit-return');
  const summary = $('refund-summary');
  summary.textContent = '';
  $('return-error').textContent = '';
  state.decision = null;
  submit.disabled = true;
  const anyReturnable = state.lines.some((e) => e.status !== 'no' && e.max > 0);
  $('resolution-fieldset').hidden = !anyReturnable;
  if (!anyReturnable) {
    breakdown.replaceChildren(el('p', { class: 'status', text: 'None of the items in this order can be returned.' }));
    return;
  }
  const req = request();
  const pickedWithoutReason = state.lines.some((e) => e.picked && !e.reason);
  if (req.lines.length === 0) {
    renderResolutions((state.policyDoc.resolutions ?? ['original_payment']).map((resolution) => ({ resolution })));
    breakdown.replaceChildren(el('p', { class: 'status', text: pickedWithoutReason ? 'Choose a reason for each item.' : 'Choose the items to return.' }));
    return;
  }
  let decision;
  try {
    decision = state.policy.decide({ order: state.entry.order, request: req, now: state.now });
  } catch (e) {
    breakdown.replaceChildren();
    $('return-error').textContent = errorText(e);
    return;
  }
  state.decision = decision;
  if (decision.resolutions.length > 0) renderResolutions(decision.resolutions);
  const offer = decision.resolutions.find((o) => o.resolution === state.resolution) ?? decision.resolutions[0];
  const notes = [];
  for (const line of decision.lines) {
    for (const r of line.reasons) notes.push(el('li', { 'data-note': r.code, text: r.message }));
  }
  for (const r of decision.reasons) notes.push(el('li', { 'data-note': r.code, text: r.message }));
  if (!offer || decision.outcome === 'deny') {
    breakdown.replaceChildren(el('p', { class: 'error', text: 'These items can’t be returned.' }), el('ul', { class: 'facts' }, notes));
    return;
  }
  const quote = offer.quote;
  const currency = quote.currency;
  const title = (id) => state.entry.order.lines.find((l) => l.id === id)?.title ?? id;
  const rows = [];
  for (const line of quote.lines) {
    rows.push(row(`${title(line.line_id)} × ${line.quantity} (with ${money(line.tax, currency)} tax)`, line.subtotal, currency, '', `item-${line.line_id}`));
  }
  const names = { restocking_fee: 'Restocking fee', label_fee: 'Return label', return_fee: 'Return fee', inspection: 'Condition deduction' };
  for (const line of quote.lines) {
    for (const d of line.deductions) {
      rows.push(row(`${names[d.kind]} (${title(line.line_id)})`, `-${d.amount}`, currency, 'minus', `${d.kind}-${line.line_id}`));
    }
  }
  for (const d of quote.deductions) rows.push(row(names[d.kind], `-${d.amount}`, currency, 'minus', d.kind));
  if (quote.shipping) rows.push(row('Original shipping', quote.shipping.total, currency, 'plus', 'shipping'));
  summary.textContent = quote.store_credit
    ? `You get ${money(quote.store_credit.total, currency)} in store credit.`
    : `You get back ${money(quote.totals.refund, currency)}.`;
  if (quote.store_credit) {
    rows.push(row('Store credit', quote.store_credit.amount, currency, 'total', 'refund'));
    const bonus = state.policyDoc.bonus?.store_credit;
    const rate = bonus?.type === 'percent' ? ` (${bonus.percent}%)` : '';
    rows.push(row(`Bonus credit${rate}`, quote.store_credit.bonus, currency, 'plus', 'bonus'));
    rows.push(row('Total store credit', quote.store_credit.total, currency, 'total', 'credit-total'));
  } else {
    rows.push(row('You get back', quote.totals.refund, currency, 'total', 'refund'));
  }
  const facts = [];
  for (const t of quote.tenders) {
    facts.push(el('li', { 'data-fact': 'tender', text: `${money(t.amount, currency)} back to your ${t.kind.replace('_', ' ')} (${t.tender_id})` }));
  }
  const label = decision.label?.chosen;
  const payer = decision.label_payer;
  let labelText;
  if (decision.keep_item) labelText = 'Keep the items: there is nothing to send back.';
  else if (payer === 'merchant') labelText = `Return label: free, we pay for it${label ? ` (${label.carrier} ${label.service})` : ''}.`;
  else if (payer === 'customer') {
    const fee = quote.deductions.find((d) => d.kind === 'label_fee');
    labelText = `Return label: you pay ${fee ? money(fee.amount, currency) : 'for it'}, deducted from your refund${label ? ` (${label.carrier} ${label.service})` : ''}.`;
  } else if (payer === 'customer_arranged') labelText = 'Return shipping: you send the items back yourself, at your cost.';
  if (labelText) facts.push(el('li', { 'data-fact': 'label', text: labelText }));
  if (decision.outcome === 'review') facts.push(el('li', { 'data-fact': 'review', text: 'A member of our team will review this return before it is approved.' }));
  breakdown.replaceChildren(
    el('table', { class: 'money' }, el('caption', { class: 'hint', text: `${RESOLUTION_LABELS[offer.resolution]}, in ${currency}` }), el('tbody', {}, rows)),
    el('ul', { class: 'facts' }, facts, notes),
  );
  submit.disabled = state.lines.some((e) => e.picked && !e.reason);
}

// ---------------------------------------------------------------- step 3: submit

function nextSequence() {
  const last = Number(localStorage.getItem(SEQUENCE_KEY) ?? state.shop.first_rma_sequence - 1);
  const next = last + 1;
  localStorage.setItem(SEQUENCE_KEY, String(next));
  return next;
}

function submitReturn(event) {
  event.preventDefault();
  const decision = state.decision;
  if (!decision) return;
  const { order } = state.entry;
  const sequence = nextSequence();
  let outcome;
  try {
    outcome = rmaSubmit({
      expected_version: 0,
      idempotency_key: `portal-${order.id}-${sequence}`,
      actor: 'customer',
      at: state.now,
      action: {
        submit: {
          rma_id: `rma-${order.id}-${sequence}`,
          sequence,
          order,
          decision,
          resolution: state.resolution,
          timezone: state.policyDoc.timezone ?? 'UTC',
          ...(state.locale === 'en' ? {} : { locale: state.locale }),
        },
      },
    });
  } catch (e) {
    $('return-error').textContent = errorText(e);
    return;
  }
  renderDone(outcome.document, decision);
  show('done');
}

function renderDone(document_, decision) {
  const { rma, status } = document_;
  $('rma-number').textContent = rma.number;
  $('rma-message').textContent = status.message;
  const currency = rma.order.currency;
  const parts = [];
  const label = decision.label?.chosen;
  if (decision.keep_item || rma.keep_item) {
    parts.push('Keep the items: there is nothing to send back. Your refund is on its way.');
  } else if (decision.outcome === 'review') {
    parts.push('We will email you once your return is reviewed, with the label if it is approved.');
  } else if (decision.label_payer === 'customer_arranged') {
    parts.push(`Send the items back at your own cost, with ${rma.number} written on the parcel.`);
  } else if (label) {
    const how = {
      printed: `Print the ${label.billing === 'prepaid' ? 'prepaid ' : ''}label we email you and stick it on the parcel.`,
      qr_code: `Show the QR code we email you at a ${label.carrier} drop-off point: no printer needed.`,
      boxless_dropoff: `Take the items, unpacked, to a ${label.carrier} drop-off point with the code we email you.`,
    }[label.format];
    parts.push(`${label.carrier} ${label.service}. ${how}`);
    if (label.billing === 'pay_on_use') parts.push('The label is paid only when the carrier scans it.');
    const cost = decision.label_payer === 'customer' ? `Its cost, ${money(label.cost, currency)}, comes off your refund.` : 'It is free.';
    parts.push(cost);
    if (decision.label_expires_on && decision.label_expires_on !== rma.ship_by) {
      parts.push(`The label can be used until ${day(decision.label_expires_on)}.`);
    }
  } else {
    parts.push('We will email you a return label.');
  }
  if (rma.ship_by && !rma.keep_item && decision.outcome !== 'review') parts.push(`Please ship by ${day(rma.ship_by)}.`);
  $('label-instructions').replaceChildren(el('div', { class: 'instructions', 'data-label-billing': label?.billing, 'data-label-format': label?.format }, parts.map((p) => el('p', { text: p }))));
  $('timeline').replaceChildren(
    ...status.timeline.map((t) => el('li', { 'data-status': t.status }, el('time', { datetime: t.at, text: instant(t.at) }), t.message)),
  );
}

// ---------------------------------------------------------------- language

/** Switches the language returnkit writes in, and asks again what is on screen. */
async function switchLanguage(event) {
  const tag = event.target.value;
  try {
    if (!loadedLocales.has(tag)) {
      const response = await fetch(`../../bindings/wasm/pkg/locales/${tag}.txt`);
      if (!response.ok) throw new Error(`${tag}: ${response.status}`);
      addCatalog(tag, await response.text());
      loadedLocales.add(tag);
    }
  } catch (e) {
    $('loading').hidden = false;
    $('loading').textContent = `That language could not load: ${errorText(e)}`;
    return;
  }
  state.locale = tag;
  document.documentElement.lang = tag;
  if (!$('items').hidden && state.entry) {
    // The same choices, with returnkit's reasons in the new language.
    state.lines = state.lines.map((entry) => ({ ...entry, ...eligibility(entry.line) }));
    $('item-list').replaceChildren(...state.lines.map(renderItem));
    update();
  }
  document.body.dataset.locale = tag;
}

// ---------------------------------------------------------------- start

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function start() {
  try {
    await init();
    const shop = await fetchJson('data/shop.json');
    const [policyDoc, orders, ...cards] = await Promise.all([
      fetchJson(shop.policy),
      fetchJson(shop.orders),
      ...shop.rate_cards.map(fetchJson),
    ]);
    const param = new URLSearchParams(location.search).get('now');
    state.now = param === 'today' ? new Date().toISOString() : param || shop.demo_now;
    state.shop = shop;
    state.policyDoc = policyDoc;
    state.orders = orders;
    state.policy = new Policy(policyDoc, { rateCards: cards });
    $('clock').textContent = `Demo clock: ${instant(state.now)}`;
    $('loading').hidden = true;
    $('find-form').addEventListener('submit', findOrder);
    $('language').addEventListener('change', switchLanguage);
    $('return-form').addEventListener('submit', submitReturn);
    $('back-to-find').addEventListener('click', () => show('find'));
    $('start-over').addEventListener('click', () => show('find'));
    $('find').hidden = false;
    document.body.dataset.ready = 'true';
  } catch (e) {
    $('loading').textContent = `The returns form could not load: ${errorText(e)}`;
    $('loading').setAttribute('role', 'alert');
  }
}

start();
