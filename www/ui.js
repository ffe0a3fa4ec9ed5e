// Shared helpers for every view: DOM building, Intl formatting, field errors, downloads. No arithmetic.
import { t } from './i18n.js';

export const $ = (id) => document.getElementById(id);
export const ui = { lang: 'id' };

/**
 * The calculator, in wasm modules: `calc` (contributions and program cost, loaded with the page),
 * `plan` (projection and figures; loaded when the planning view first opens, so a citizen checking
 * a cost never downloads it), `charts` (the planning view's charts, drawn from what `plan` gives;
 * fetched once its figures are shown), `tools` (the planning view's panels: solving and comparing; loaded
 * when one first opens) and `files` (files in and out). Every call goes through `engine.calc`,
 * `engine.plan`, `engine.charts` or `engine.tools`, so that if an instance ever traps (a bug, since no input should
 * panic) a fresh instance can replace it: the shell (app.js) loads and reloads them.
 */
export const engine = {
  calc: null, plan: null, charts: null, tools: null, files: null,
  instances: 0, planInstances: 0, chartsInstances: 0, toolsInstances: 0, filesInstances: 0,
};

/**
 * The width a chart is drawn at: its figure's, inside its padding. The figure's own box, not its
 * caption's: an off-screen figure's content is not laid out (`content-visibility: auto`), so a
 * caption measured there is 0 wide and the chart was drawn at 640 px, then shrunk on a phone.
 */
export function chartWidthOf(figure) {
  const s = getComputedStyle(figure);
  return Math.floor(figure.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight));
}

/** Resolves after the browser's next frame (at once in a hidden tab: no frames there). */
export const afterFrame = () => new Promise((ok) => {
  if (document.hidden) { setTimeout(ok, 0); return; }
  requestAnimationFrame(() => setTimeout(ok, 0));
});

export const locale = () => (ui.lang === 'id' ? 'id-ID' : 'en-GB');
// Intl formatters are costly to build (a tenth of a millisecond each): one per kind and locale.
const formats = new Map();
function format(kind, make) {
  const key = `${kind}:${locale()}`;
  let f = formats.get(key);
  if (!f) { f = make(locale()); formats.set(key, f); }
  return f;
}
// Numbers and dates in the page's two locales are written out here, not by Intl: the first Intl
// formatter a page builds starts ICU, 30-70 ms on this machine (about four times that on a phone),
// which was the longest part of the first load's longest task. Intl stays for what this does not
// cover (a BigInt, a string, NaN, 10^21 and up, a year outside 1000-9999); format.test.mjs checks
// both against Intl in the browser.
const MONTHS = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};
/** Digits with `sep` between each three from the right: 1234567 → 1.234.567. */
function grouped(digits, sep) {
  let i = digits.length % 3 || 3;
  let out = digits.slice(0, i);
  for (; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
}

/**
 * `n` with `min`..`max` decimals, as Intl writes it: from the shortest decimal that reads back as
 * `n` (String(n), so 1.005 is 1.005, not 1.00499…), rounded half away from zero. On every edit's
 * path (a plan's tables write a thousand numbers): no regular expression, no BigInt but for a
 * number too long for a double's integers.
 */
function digits(n, min, max) {
  if (typeof n !== 'number' || !(Math.abs(n) < 1e21)) return null; // 1e21, NaN, Infinity, a BigInt, a string
  const [sep, point] = ui.lang === 'id' ? ['.', ','] : [',', '.'];
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const text = String(Math.abs(n));
  if (text.includes('e')) return Math.abs(n) < 1e-6 && min === 0 ? `${sign}0` : null; // 5e-7: rounds to 0
  const dot = text.indexOf('.');
  if (dot < 0) return `${sign}${grouped(text, sep)}${min ? point + '0'.repeat(min) : ''}`;
  const f = text.slice(dot + 1);
  let whole = text.slice(0, dot);
  let frac = f.slice(0, max);
  if (f.length > max && f[max] >= '5') { // rounded up, carrying into the whole part
    const all = whole + frac;
    const up = Number(all) + 1 <= Number.MAX_SAFE_INTEGER ? String(Number(all) + 1) : String(BigInt(all) + 1n);
    const padded = up.padStart(all.length, '0');
    whole = padded.slice(0, padded.length - max);
    frac = padded.slice(padded.length - max);
  }
  let end = frac.length;
  while (end > min && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end).padEnd(min, '0');
  return `${sign}${grouped(whole, sep)}${frac ? point + frac : ''}`;
}
export const num = (n) => digits(n, 0, 3) ?? format('num', (l) => new Intl.NumberFormat(l)).format(n);
// A no-break space after "Rp", as in Rust's fmt::rupiah: no line ends with "Rp".
export const money = (n) => `Rp\u00a0${num(n)}`;
export const pct = (v) => (v == null ? '—'
  : `${digits(v, 2, 2) ?? format('pct', (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(v)}%`);
export function date(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  const year = d.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) {
    return format('date', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
  }
  return `${d.getUTCDate()} ${MONTHS[ui.lang === 'id' ? 'id' : 'en'][d.getUTCMonth()]} ${year}`;
}
// Today's date where the reader is (the clock shifted by the time zone, read as UTC), without an
// Intl.DateTimeFormat (ICU's start-up, above).
export const today = (d = new Date()) => new Date(d - d.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
/** An SVG drawn by Rust, as an image address (the CSP allows data: images only). */
export const svgUrl = (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
export const msg = (m) => (ui.lang === 'id' ? m.messageId : m.messageEn);
/** The shell's strings in the page's language (`since`, `crashed`, …). */
export const tr = (key, vars) => t(ui.lang, key, vars);
/** A view's `tr`: its own strings (`{ id, en }`) first, then the shell's. */
export const translator = (table) => (key, vars) => t(ui.lang, key, vars, table);

/** A view's module could not be fetched (a plan link went offline before the core arrived). */
export function loadFailed(err) {
  console.error(err);
  $('fatal').textContent = tr('loadFailed');
  $('fatal').hidden = false;
}

/**
 * "Sematkan di situs Anda" at the end of `container`: its summary now (labelled by apply()), the
 * snippet and its copy button (www/embed.js, loaded then) when first opened.
 */
export function offerEmbed(container, { name, flush }) {
  const details = el('details', null, 'embed-offer no-print');
  const summary = el('summary', tr('embedOffer'));
  summary.dataset.i18n = 'embedOffer';
  details.append(summary);
  details.addEventListener('toggle', () => import('./embed.js').then((m) => m.fillOffer(details, { name, flush })), { once: true });
  container.append(details);
}

/**
 * Writes `text` into `node` only when it differs: writing even the same text replaces the text
 * node, which makes the browser recompute style and layout around it on every keystroke.
 */
export function setText(node, text) {
  const s = text == null ? '' : String(text);
  if (node && node.textContent !== s) node.textContent = s;
}

/** Hides or shows `node`, touching the attribute only when that changes (see setText). */
export function setHidden(node, hidden) {
  if (node && node.hidden !== hidden) node.hidden = hidden;
}

export function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/**
 * Shows each error beside its field: the field `a.b.2.c` is the element `${prefix}-a-b-2-c`, its
 * message box `${prefix}-a-b-2-c-error`. Errors with no such box go to `fallback`.
 */
export function showErrors(form, prefix, errors, fallback) {
  // Nothing is rewritten that already reads right: a write, even of the same text, costs the
  // browser a style and layout pass around it on every keystroke.
  const boxes = new Map();
  const invalid = new Set();
  const rest = [];
  for (const e of errors) {
    const id = `${prefix}-${e.field.replaceAll('.', '-')}`;
    const box = document.getElementById(`${id}-error`);
    if (box && form.contains(box)) {
      if (!boxes.has(box)) boxes.set(box, msg(e));
      const input = document.getElementById(id);
      if (input) invalid.add(input);
    } else {
      rest.push(msg(e));
    }
  }
  if (fallback) boxes.set(fallback, [boxes.get(fallback), ...rest].filter(Boolean).join(' '));
  // What the last call wrote is cleared by name, not found by a selector matched against the
  // whole form on every keystroke (a form of 50 groups has some 400 error boxes).
  const last = written.get(form) ?? { boxes: new Set(), invalid: new Set() };
  for (const box of last.boxes) if (!boxes.has(box)) box.textContent = '';
  for (const [box, text] of boxes) setText(box, text);
  for (const input of last.invalid) if (!invalid.has(input)) input.removeAttribute('aria-invalid');
  for (const input of invalid) if (input.getAttribute('aria-invalid') !== 'true') input.setAttribute('aria-invalid', 'true');
  written.set(form, { boxes: new Set([...boxes].filter(([, text]) => text).map(([box]) => box)), invalid });
}

/** The error boxes and invalid inputs `showErrors` last wrote, by form. */
const written = new WeakMap();

/** An error written into `form`'s box by other code: the form's next check clears it with its own. */
export function showFieldError(form, box, text) {
  box.textContent = text;
  const last = written.get(form) ?? { boxes: new Set(), invalid: new Set() };
  last.boxes.add(box);
  written.set(form, last);
}

/** Marks a view's result as stale (kept from the last good input) or current. */
export function markStale(prefix, stale) {
  $(`${prefix}-stale`).hidden = !stale;
  $(`${prefix}-result`).classList.toggle('is-stale', stale);
}

/**
 * True when `node` already shows `data` (compared as JSON): rebuilding identical lists and tables
 * on every keystroke costs more layout than all the arithmetic behind them.
 */
const shown = new WeakMap();
export function unchanged(node, data) {
  const key = JSON.stringify([ui.lang, data]);
  if (shown.get(node) === key) return true;
  shown.set(node, key);
  return false;
}

/** Forgets what `node` shows (it was emptied), so that the next `unchanged` check fills it again. */
export const forget = (node) => shown.delete(node);

export function showSources(list, applied) {
  if (unchanged(list, applied)) return;
  list.replaceChildren(...applied.map((a) => {
    const li = el('li');
    li.append(el('strong', ui.lang === 'id' ? a.labelId : a.labelEn), ': ',
      el('span', ui.lang === 'id' ? a.textId : a.textEn, 'value'));
    const cite = [a.citation.regulation, a.citation.article].filter(Boolean).join(', ');
    const meta = [cite, tr('since', { date: date(a.effectiveFrom) })];
    if (a.status !== 'enacted') meta.push(tr(`status_${a.status}`));
    li.append(el('span', ` — ${meta.join(' · ')}`, 'cite'));
    // The regulation's text, where an address is known (none is made up: see params::URLS).
    if (a.citation.url) { const l = el('a', '↗'); l.href = a.citation.url; l.rel = 'noopener'; l.target = '_blank'; l.setAttribute('aria-label', tr('lawText')); li.append(' ', l); }
    return li;
  }));
}

export function showWarnings(list, warnings) {
  if (unchanged(list, warnings)) return;
  list.replaceChildren(...warnings.map((w) => el('li', msg(w))));
}

/**
 * A table from a header row and body rows (arrays of text; `num: true` cells align right; a row
 * `{ why: text }` is a line across the table's width saying how the row above was reached). A
 * table of the same shape is updated cell by cell, so an edit rewrites only the figures it changed.
 */
export function fillTable(table, head, rows) {
  if (unchanged(table, [head, rows])) return;
  const body = table.tBodies[0];
  const cols = table.tHead?.rows[0]?.cells;
  const cells = (r) => (r.why == null ? r : [r.why]);
  const sameShape = cols && body && cols.length === head.length
    && head.every((h, i) => (cols[i].className === 'num') === Boolean(h.num))
    && body.rows.length === rows.length && rows.every((r, i) => body.rows[i].cells.length === cells(r).length);
  if (sameShape) {
    head.forEach((h, i) => setText(cols[i], h.text ?? h));
    rows.forEach((r, i) => cells(r).forEach((c, j) => setText(r.why == null ? body.rows[i].cells[j] : body.rows[i].cells[0].firstChild, c)));
    return;
  }
  const thead = el('thead');
  const hr = el('tr');
  for (const h of head) { const th = el('th', h.text ?? h); th.scope = 'col'; if (h.num) th.className = 'num'; hr.append(th); }
  thead.append(hr);
  const tbody = el('tbody');
  for (const r of rows) {
    const tr_ = el('tr', null, r.why == null ? null : 'why');
    if (r.why != null) {
      // In a span that stays in view when a wide table scrolls sideways (see style.css).
      tr_.append(el('td'));
      tr_.firstChild.colSpan = head.length;
      tr_.firstChild.append(el('span', r.why));
    } else {
      r.forEach((c, i) => tr_.append(el(i === 0 ? 'th' : 'td', c, head[i]?.num ? 'num' : null)));
      tr_.firstChild.scope = 'row';
    }
    tbody.append(tr_);
  }
  table.replaceChildren(thead, tbody);
}

/** Offers `data` (Blob) as a download named `name`. */
export function download(data, name) {
  const url = URL.createObjectURL(data);
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
