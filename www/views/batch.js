// "Banyak wilayah": a CSV of areas (up to all ~84,000 villages) projected in a Web Worker.
// Totals, two charts, a sortable, searchable, paged table and a CSV export (its strings: batch-strings.js).
// Loaded when the view is first opened. No arithmetic here: figures come from the wasm module.
import { apply } from '../i18n.js';
import { $, ui, locale, el, num, money, pct, svgUrl, translator, showErrors, showWarnings, showSources, fillTable, download, engine, msg } from '../ui.js';
import { strings } from './batch-strings.js';
import { buildTemplate } from './batch-template.js';

export { strings }; // the shell relabels the view's markup with them

const tr = translator(strings);

const PAGE = 50;
const PHONE_PAGE = 20; // a phone's rows are two to three lines high: the pager within a few screens
const PHONE = '(max-width: 39.99rem)'; // style.css's phone width
const pageSize = () => (matchMedia(PHONE).matches ? PHONE_PAGE : PAGE);
/** The engine's limit (plan::batch::MAX_BATCH_BYTES): larger files are refused before reading. */
const MAX_BYTES = 64 * 1024 * 1024;
let worker = null;
let runId = 0;
// The file as the worker takes it, kept to recompute when a setting changes: { bytes } (UTF-8 as
// far as the page knows: wasm checks, and the worker reads other bytes as Windows-1252) or { text }.
let content = null;
let reveal = false;        // a file was just chosen: its outcome is brought into view once known
let encoding = 'UTF-8';   // how its bytes were read

/**
 * A file's bytes as spreadsheets save them: UTF-16 (with its byte-order mark, or with every other
 * byte of the first line zero, as Excel's "Unicode text" is) is decoded here; any other file goes
 * to the worker as bytes, read there as UTF-8 (with or without a BOM) when wasm finds it is, else
 * as Windows-1252 (Excel's "CSV" on Windows, a superset of Latin-1): never "Ba\uFFFDru". A
 * national file's 6.6 MB are then not decoded here to be encoded back in the worker.
 */
export function readFile(bytes) {
  const as = (label, name) => ({ content: { text: new TextDecoder(label).decode(bytes) }, encoding: name });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return as('utf-16le', 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return as('utf-16be', 'UTF-16 BE');
  const head = bytes.subarray(0, 200);
  const zeros = (odd) => head.filter((b, i) => b === 0 && i % 2 === odd).length;
  if (head.length >= 4 && zeros(1) * 4 > head.length) return as('utf-16le', 'UTF-16 LE');
  if (head.length >= 4 && zeros(0) * 4 > head.length) return as('utf-16be', 'UTF-16 BE');
  return { content: { bytes }, encoding: 'UTF-8' }; // until the worker says otherwise
}

// Windows-1252 is also how a UTF-8 file with one stray byte is read: what to do if names look wrong.
const encodingNote = () => (encoding === 'UTF-8' ? '' : ` ${tr(encoding === 'Windows-1252' ? 'batchEncoding1252' : 'batchEncoding', { encoding })}`);
let result = null;        // the last good result
let sorted = null;        // Uint32Array of every area's index, in the chosen order
let order = null;         // the shown part of `sorted` (search)
let sort = { col: null, dir: 1 };
let page = 0;
let names = null;         // the shown table's texts: { code, name, province, … } arrays (see cutNames)
let whole = false;        // `names` holds every row's texts, not only the first page's
let level = '';           // the table shown: '' the areas, else 'kecamatan', 'kabupaten' or 'provinsi'
const LEVELS = ['', 'kecamatan', 'kabupaten', 'provinsi'];
const TEXTS = ['code', 'name', 'province', 'regency', 'district', 'parent', 'official'];
let settings = {};
let fileName = '';
let onChange = () => {};
const timings = {};

function startWorker() {
  worker?.terminate();
  worker = new Worker(new URL('../batch-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = onMessage;
  worker.onerror = (e) => fail(e.message ?? 'worker');
  worker.postMessage({ type: 'warm', request: request() });
}

function request() {
  const s = settings;
  const target = s.targetPct || s.targetYear ? { pct: s.targetPct, year: s.targetYear } : undefined;
  return {
    scenario: {
      region: { baseYear: s.baseYear },
      settings: { years: s.years },
      target,
      groups: [{ name: 'sasaran', workers: '1', package: 'bpuBasic', months: s.months, source: s.source }],
    },
    badRows: s.badRows === 'skip' ? 'skip' : 'refuse',
    lang: ui.lang,
    width: Math.min(1200, Math.max(280, Math.round($('batch-results').parentElement.clientWidth - 34))),
  };
}

function run(started = performance.now()) {
  if (content == null) { $('batch-status').textContent = tr('batchNoFile'); return; }
  timings.started = started;
  runId++;
  restoring = false;
  $('batch-progress').value = 0;
  $('batch-status').textContent = tr('batchReading', { pct: '0%' });
  timings.sent = performance.now();
  timings.request = request();
  worker.postMessage({ type: 'run', id: runId, ...content, request: timings.request }); // bytes copied, not moved: kept
}

function fail(detail) {
  $('batch-status').textContent = tr('batchCrashed', { detail });
  document.body.dataset.batch = 'failed';
  startWorker(); // a fresh instance for the next try
}

function onMessage({ data }) {
  if (data.type === 'warm') { document.body.dataset.batchWorker = 'warm'; return; }
  if (data.id !== runId) return; // an older run's message
  if (data.type === 'progress') {
    $('batch-progress').value = data.fraction;
    $('batch-status').textContent = tr('batchReading', { pct: `${Math.floor(data.fraction * 100)}%` });
  } else if (data.type === 'done') {
    timings.computeMs = data.computeMs;
    timings.wasmBytes = data.wasmBytes;
    if (data.encoding) encoding = data.encoding; // how the worker read the bytes
    const res = data.result;
    if (restoring && res.ok) {
      // The kept result computed again from its figures (each area with its line in the file):
      // shown with the notes the figures alone no longer carry (rows skipped, names filled).
      const have = new Set(res.summary.warnings.map((w) => w.code));
      const notes = (kept.warnings ?? []).filter((w) => !have.has(w.code));
      Object.assign(res.summary, { skipped: kept.skipped ?? [], skippedRows: kept.skippedRows ?? 0, warnings: [...res.summary.warnings, ...notes] });
    } else {
      kept = null;
    }
    show(res);
    if (restoring) document.body.dataset.batchKept = 'restored';
    else if (res.ok) {
      lastResult = { fileName, encoding, skipped: res.summary.skipped, skippedRows: res.summary.skippedRows, warnings: res.summary.warnings };
      // Kept once the user pauses (a setting typed recomputes at each pause).
      clearTimeout(keepTimer);
      keepTimer = setTimeout(() => worker.postMessage({ type: 'snapshot', id: runId }), 600);
    }
    restoring = false;
  } else if (data.type === 'snapshot') {
    // The figures the result was computed from, for a reload (never the file itself).
    if (lastResult && data.text) {
      keep({ ...lastResult, snapshot: data.text, at: new Date().toISOString() })
        .then(() => { document.body.dataset.batchKept = 'saved'; }).catch(() => { /* storage off or full */ });
    }
  } else if (data.type === 'csv') {
    if (!data.text) return; // no result in the worker (a new one is being computed)
    download(new Blob([data.text], { type: 'text/csv;charset=utf-8' }), `jamsostek-wilayah${data.level ? `-per-${data.level}` : ''}.csv`);
  } else if (data.type === 'scenario') {
    // The shell opens it as it opens a shared link (#v=plan&s=…), keeping the user's own plan aside.
    if (data.scenario) {
      location.hash = `v=plan&s=${linkText(data.scenario)}`;
      window.scrollTo(0, 0); // the planning view from its top, where the region is
    }
  } else if (data.type === 'error') {
    fail(data.message);
  }
}

function show(res) {
  const form = $('batch-form');
  showErrors(form, 'batch', res.ok ? [] : res.errors ?? [], $('batch-form-error'));
  const lines = $('batch-line-errors');
  if (!res.ok) {
    lines.replaceChildren(...(res.lineErrors ?? []).map((e) => el('li', msg(e))));
    const failed = res.errorCount ? `${fileName}: ${tr(res.errorCount === 1 ? 'batchFailedOne' : 'batchFailed', { count: num(res.errorCount) })}` : '';
    // A file that is no CSV at all (a workbook, a PDF): that is all there is to say, beside the
    // field, and how its bytes were read as text is beside the point.
    const notCsv = res.errorCount === 1 && res.lineErrors?.[0]?.code === 'not_csv' ? msg(res.lineErrors[0]).replace(/^(Baris|Line) \d+: /, '') : null;
    $('batch-status').textContent = failed && failed + (notCsv ? '' : encodingNote());
    // Said beside the file's field too: on a phone the list of problems is screens below it.
    $('batch-file-error').textContent = notCsv ? `${fileName}: ${notCsv[0].toUpperCase()}${notCsv.slice(1)}` : failed && `${failed} ${tr('batchSeeBelow')}`;
    $('batch-progress').value = 0; // not a full bar for a file that was not computed
    $('batch-results').hidden = true;
    result = null;
    document.body.dataset.batch = 'failed';
    revealOutcome();
    return;
  }
  const m = (x) => (ui.lang === 'id' ? x.messageId : x.messageEn);
  lines.replaceChildren(...(res.summary.skipped ?? []).map((e) => el('li', m(e))));
  result = res;
  const a = res.areas;
  fillLevels();
  pickTable(false);
  const s = res.summary;
  $('batch-summary').textContent = s.summary;
  showWarnings($('batch-warnings'), s.warnings);
  showSources($('batch-sources'), s.applied);
  for (const k of ['coverage', 'budget']) {
    $(`batch-${k}-img`).src = svgUrl(s[k].svg);
    $(`batch-${k}-img`).alt = s[k].summary;
    $(`batch-${k}-summary`).textContent = s[k].summary;
  }
  fillTable($('batch-totals'),
    [tr('colYear'), { text: tr('colWorkers'), num: true }, { text: tr('colCovered'), num: true }, { text: tr('colUcj'), num: true },
      { text: tr('colPaid'), num: true }, { text: tr('colBudget'), num: true }, { text: tr('colCumulative'), num: true },
      ...(s.targetPct != null ? [{ text: tr('colGap', { year: '' }).trim(), num: true }, { text: tr('colAtTarget'), num: true }] : [])],
    s.years.map((y) => [String(y.year), num(y.workers), num(y.covered), pct(y.coveragePct), num(y.subsidised), y.budget.text,
      y.cumulative.text, ...(s.targetPct != null ? [num(y.gap ?? 0), num(y.areasAtTarget ?? 0)] : [])]));
  $('batch-results').hidden = false;
  renderPage();
  timings.totalMs = performance.now() - timings.started;
  timings.renderMs = performance.now() - timings.sent - timings.computeMs;
  const skipped = res.summary.skippedRows ? ` ${tr(res.summary.skippedRows === 1 ? 'batchSkippedOne' : 'batchSkipped', { count: num(res.summary.skippedRows) })}` : '';
  $('batch-status').textContent = kept
    ? tr('batchKept', { name: fileName, when: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(kept.at)) }) + skipped
    : `${fileName}: ${tr(a.count === 1 ? 'batchDoneOne' : 'batchDone', { count: num(a.count), ms: num(Math.round(performance.now() - timings.sent)) })}${skipped}${encodingNote()}`;
  $('batch-forget').hidden = false;
  $('batch-progress').value = 1;
  $('batch-file-error').textContent = ''; // a problem said beside the field before is gone
  window.jamsostekBatch = { ...timings, ...res.phases, count: a.count };
  document.body.dataset.batch = 'done';
  revealOutcome();
}

/** After a chosen file's run, its status (and the problems or results under it) scrolled into view. */
function revealOutcome() {
  if (!reveal) return;
  reveal = false;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  $('batch-status-card').scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

/** The table shown: the areas or one level's subtotals. */
const table = () => (level ? result.subtotals[level] : result.areas);

/** Shows the chosen level's table (the sort kept, the search applied). */
function pickTable(render = true) {
  if (level && !result.subtotals[level]?.count) level = '';
  $('batch-level').value = level;
  const a = table();
  cutNames(pageSize());
  sorted = new Uint32Array(a.count);
  for (let i = 0; i < a.count; i++) sorted[i] = i;
  if (sort.col && (sort.col !== 'areas' || level)) sortBy(sort.col, sort.dir, render);
  else filter(render);
  // The rest once the table is on screen (a frame, then a task), before the reader can sort or search.
  requestAnimationFrame(() => setTimeout(allNames, 0));
}

/**
 * The worker sends each text column as one string, a line per row. The table's first page in
 * its own order needs its first `rows` lines alone: cut off at once, where splitting all seven
 * columns of the 84,000 villages took 37-42 ms before the table could be drawn. The rest follow
 * (allNames) once it is, or as soon as a sort, a search or another page asks for them.
 */
function cutNames(rows) {
  const a = table();
  whole = rows >= a.count;
  names = Object.fromEntries(TEXTS.map((k) => {
    const text = a[k];
    const lines = [];
    for (let at = 0, i = 0; i < Math.min(rows, a.count); i++) {
      const end = text.indexOf('\n', at);
      lines.push(text.slice(at, end < 0 ? text.length : end));
      at = end < 0 ? text.length : end + 1; // past the last line (a short column): empty texts, never the first again
    }
    return [k, lines];
  }));
}

/** Every row's texts of the table shown (see cutNames). */
function allNames() {
  if (whole || !result) return;
  const a = table();
  names = Object.fromEntries(TEXTS.map((k) => [k, a[k].split('\n')]));
  whole = true;
}

/** Where a row lies, as one line under its name: district, regency, province (those it has). */
const where = (i) => {
  const own = { kecamatan: 'district', kabupaten: 'regency', provinsi: 'province' }[level];
  return ['district', 'regency', 'province', 'parent'].filter((k) => k !== own && names[k][i]).map((k) => names[k][i]).join(', ');
};

/** The table's columns: key, header, and how a cell shows. */
function columns() {
  const s = result.summary;
  const a = table();
  const first = s.years[0]?.year ?? s.baseYear + 1;
  return [
    // The name first, the row's header: on a phone it stays in view while the figures scroll.
    { key: 'name', text: tr('colName'), cell: (i) => names.name[i], sub: where, open: true },
    { key: 'code', text: tr('colCode'), cell: (i) => names.code[i] },
    ...(level ? [{ key: 'areas', num: true, text: tr('colAreas'), cell: (i) => num(a.areas[i]) }] : []),
    { key: 'workers', num: true, text: tr('colWorkers'), cell: (i) => num(a.workers[i]) },
    { key: 'baseBp', num: true, text: tr('colUcjBase', { year: s.baseYear }), cell: (i) => pct(a.baseBp[i] / 100) },
    { key: 'subsidised', num: true, text: tr('colPaid'), cell: (i) => num(a.subsidised[i]) },
    { key: 'finalBp', num: true, text: tr('colUcjEnd', { year: s.reportYear }), cell: (i) => pct(a.finalBp[i] / 100) },
    ...(s.targetPct != null ? [
      { key: 'gap', num: true, text: tr('colGap', { year: s.reportYear }), cell: (i) => num(a.gap[i]) },
      { key: 'gapCost', num: true, text: tr('colGapCost', { year: s.reportYear }), cell: (i) => money(a.gapCost[i]) },
    ] : []),
    { key: 'firstBudget', num: true, text: tr('colBudgetFirst', { year: first }), cell: (i) => money(a.firstBudget[i]) },
    { key: 'totalBudget', num: true, text: tr('colBudgetTotal'), cell: (i) => money(a.totalBudget[i]) },
  ];
}

function sortBy(col, dir, render = true) {
  sort = { col, dir };
  allNames();
  const idx = Array.from({ length: table().count }, (_, i) => i);
  if (names[col]) {
    const c = new Intl.Collator(ui.lang === 'id' ? 'id' : 'en', { numeric: true });
    const v = names[col];
    idx.sort((x, y) => dir * c.compare(v[x], v[y]) || x - y);
  } else {
    const v = table()[col];
    idx.sort((x, y) => dir * (v[x] - v[y]) || x - y);
  }
  sorted = Uint32Array.from(idx);
  filter(render);
}

/** The rows shown: the sorted rows whose name, code, district, regency, province or parent holds the search text. */
function filter(render = true) {
  const q = $('batch-search').value.trim().toLowerCase();
  if (q) allNames();
  const hit = (i) => TEXTS.some((k) => names[k][i].toLowerCase().includes(q));
  order = q ? sorted.filter(hit) : sorted;
  page = 0;
  if (render) renderPage();
}

function renderPage() {
  const cols = columns();
  const size = pageSize();
  const pages = Math.max(1, Math.ceil(order.length / size));
  page = Math.min(page, pages - 1);
  const table = $('batch-table');
  const thead = el('thead');
  const hr = el('tr');
  for (const c of cols) {
    const th = el('th');
    th.scope = 'col';
    if (c.num) th.className = 'num';
    th.setAttribute('aria-sort', sort.col === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    const b = el('button', c.text, 'sort');
    b.type = 'button';
    b.title = tr('batchSortBy', { col: c.text });
    b.addEventListener('click', () => sortBy(c.key, sort.col === c.key ? -sort.dir : (c.num ? -1 : 1)));
    th.append(b);
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el('tbody');
  const rows = order.subarray(page * size, page * size + size);
  if (rows.some((i) => i >= names.name.length)) allNames();
  for (const i of rows) {
    const row = el('tr');
    cols.forEach((c, k) => {
      const cell = el(k === 0 ? 'th' : 'td', c.cell(i), c.num ? 'num' : null);
      if (k === 0) cell.scope = 'row';
      if (c.sub?.(i)) cell.append(el('span', c.sub(i), 'parent'));
      if (c.open && names.official[i]) cell.append(el('span', tr('batchOfficial', { name: names.official[i] }), 'parent official'));
      if (c.open) {
        const b = el('button', tr('batchOpen'), 'link open');
        b.type = 'button';
        b.setAttribute('aria-label', tr('batchOpenLabel', { name: c.cell(i) }));
        b.addEventListener('click', () => worker.postMessage({ type: 'scenario', id: runId, level: level || undefined, index: i }));
        cell.append(b);
      }
      row.append(cell);
    });
    tbody.append(row);
  }
  const q = $('batch-search').value.trim();
  if (!order.length && q) {
    // Said in the table, where the rows would be: not only the headers.
    const cell = el('td', null, 'empty');
    cell.colSpan = cols.length;
    cell.append(el('span', tr('batchNoMatch', { q: q.slice(0, 60) })));
    const row = el('tr');
    row.append(cell);
    tbody.append(row);
  }
  table.replaceChildren(thead, tbody);
  $('batch-page').textContent = tr(level ? 'batchPageLevel' : 'batchPage', { page: num(page + 1), pages: num(pages), rows: num(order.length) });
  $('batch-prev').disabled = page === 0;
  $('batch-next').disabled = page >= pages - 1;
}

function readForm() {
  settings = {
    baseYear: $('batch-scenario-region-baseYear').value,
    years: $('batch-scenario-settings-years').value,
    targetPct: $('batch-scenario-target-pct').value,
    targetYear: $('batch-scenario-target-year').value,
    months: $('batch-scenario-groups-0-months').value,
    source: $('batch-scenario-groups-0-source').value,
    badRows: $('batch-badRows-skip').checked ? 'skip' : 'refuse',
    level,
  };
}

/** Language changed (the shell has relabelled the markup): recompute so summaries and charts follow. */
export function relabel() {
  fillSources();
  if (result) fillLevels();
  if (content != null) run();
}

let sources = [];
function fillSources() {
  const select = $('batch-scenario-groups-0-source');
  const v = select.value || settings.source;
  select.replaceChildren(...sources.map((s) => { const o = el('option', ui.lang === 'id' ? s.labelId : s.labelEn); o.value = s.id; return o; }));
  if (v) select.value = v;
}

// ---- the last result, kept in IndexedDB for a reload (the file itself never is) ------------------

let lastResult = null; // what the shown result was computed with, until its snapshot arrives
let kept = null;       // the kept result after a reload, while it is what is shown
let restoring = false; // the run under way computes the kept result again
let keepTimer = 0;

function store(mode, fn) {
  return new Promise((ok, no) => {
    const open = indexedDB.open('jamsostek-batch', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('last');
    open.onerror = () => no(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('last', mode);
      const req = fn(tx.objectStore('last'));
      tx.oncomplete = () => { db.close(); ok(req.result); };
      tx.onerror = tx.onabort = () => { db.close(); no(tx.error); };
    };
  });
}
const keep = (value) => store('readwrite', (s) => s.put(value, 'result'));
const readKept = () => store('readonly', (s) => s.get('result'));

/**
 * Computes the kept result again from its figures and shows it as the last result (so that it can
 * be exported, planned and recomputed as before the reload).
 */
function restore(k) {
  if (typeof k?.snapshot !== 'string' || content != null) return;
  ({ fileName, encoding } = k);
  content = { text: k.snapshot };
  kept = k;
  run(); // with the settings on screen (saved with every edit), as any recomputation
  restoring = true;
}

async function forgetKept() {
  await store('readwrite', (s) => s.delete('result')).catch(() => {});
  kept = null;
  lastResult = null;
  $('batch-forget').hidden = true;
  $('batch-status').textContent = tr('batchForgotten');
}

/** The choice of what a bad row does, beside the file field (made here: not in the first load). */
function buildBadRows() {
  if ($('batch-badRows-skip')) return;
  const set = el('fieldset', null, 'field');
  const legend = el('legend');
  legend.dataset.i18n = 'batchBadRows';
  const choices = el('div', null, 'choices');
  for (const v of ['refuse', 'skip']) {
    const label = el('label');
    const input = el('input');
    Object.assign(input, { type: 'radio', name: 'batch-badRows', id: `batch-badRows-${v}`, value: v });
    const span = el('span');
    span.dataset.i18n = v === 'skip' ? 'badRowsSkip' : 'badRowsRefuse';
    label.append(input, ' ', span);
    choices.append(label);
  }
  set.append(legend, choices);
  $('batch-file').closest('.field').after(set);
  apply(set, ui.lang, strings);
  const forget = el('button', null, 'secondary');
  Object.assign(forget, { type: 'button', id: 'batch-forget', hidden: true });
  forget.dataset.i18n = 'batchForget';
  forget.addEventListener('click', forgetKept);
  $('batch-export').after(forget);
  apply(forget.parentElement, ui.lang, strings);
}

/** A scenario as the share link carries it: base64url of its UTF-8 JSON (as the shell writes `s=`). */
function linkText(obj) {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The "show" choice above the table: the areas, or the subtotals of a level (made here: not in the first load). */
function buildLevels() {
  const search = $('batch-search').closest('.field');
  if ($('batch-level')) return;
  const field = el('div', null, 'field');
  const label = el('label');
  label.htmlFor = 'batch-level';
  label.dataset.i18n = 'batchLevel';
  const select = el('select');
  select.id = 'batch-level';
  select.setAttribute('aria-describedby', 'batch-level-hint');
  const hint = el('p', null, 'hint');
  hint.id = 'batch-level-hint';
  hint.dataset.i18n = 'batchLevelHint';
  field.append(label, select, hint);
  const open = el('p', null, 'hint');
  open.id = 'batch-open-hint';
  open.dataset.i18n = 'batchOpenHint';
  search.before(field);
  search.after(open);
  apply(search.parentElement, ui.lang, strings);
}

/** The levels offered: those the result has rows for. */
function fillLevels() {
  const key = { '': 'levelAreas', kecamatan: 'levelKecamatan', kabupaten: 'levelKabupaten', provinsi: 'levelProvinsi' };
  const have = LEVELS.filter((l) => !l || result?.subtotals?.[l]?.count);
  $('batch-level').replaceChildren(...have.map((l) => { const o = el('option', tr(key[l])); o.value = l; return o; }));
  $('batch-level').value = have.includes(level) ? level : '';
}

export function setupBatch({ saved, defaults, changedHook }) {
  buildTemplate();
  buildLevels();
  buildBadRows();
  sources = defaults.fundingSources;
  onChange = changedHook;
  const year = new Date().getFullYear();
  settings = { baseYear: String(year), years: '5', targetPct: '80', targetYear: String(year + 3), months: '12', source: 'apbdRegency', ...saved };
  level = LEVELS.includes(settings.level) ? settings.level : '';
  $(settings.badRows === 'skip' ? 'batch-badRows-skip' : 'batch-badRows-refuse').checked = true;
  fillSources();
  $('batch-scenario-region-baseYear').value = settings.baseYear;
  $('batch-scenario-settings-years').value = settings.years;
  $('batch-scenario-target-pct').value = settings.targetPct;
  $('batch-scenario-target-year').value = settings.targetYear;
  $('batch-scenario-groups-0-months').value = settings.months;
  $('batch-scenario-groups-0-source').value = settings.source;
  $('batch-status').textContent = tr('batchNoFile');
  startWorker();
  readKept().then(restore).catch(() => { /* storage off: nothing kept */ });
  const form = $('batch-form');
  form.addEventListener('submit', (e) => e.preventDefault());
  let pending = 0;
  form.addEventListener('input', (e) => {
    if (e.target.id === 'batch-file') return;
    readForm();
    onChange(settings);
    clearTimeout(pending);
    pending = setTimeout(() => run(), 250); // one recompute after typing pauses
  });
  $('batch-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    // Cleared, so that choosing the same file again (after fixing it) reads it again.
    e.target.value = '';
    if (file.size > MAX_BYTES) {
      $('batch-file-error').textContent = tr('batchTooLarge', { name: file.name, size: num(Math.ceil(file.size / 1048576)) });
      return;
    }
    fileName = file.name;
    const started = performance.now();
    try {
      ({ content, encoding } = readFile(new Uint8Array(await file.arrayBuffer())));
    } catch {
      $('batch-file-error').textContent = tr('crashed');
      return;
    }
    timings.readMs = performance.now() - started;
    $('batch-file-error').textContent = '';
    readForm();
    reveal = true;
    run(started);
  });
  $('batch-search').addEventListener('input', () => filter());
  $('batch-prev').addEventListener('click', () => { page--; renderPage(); });
  $('batch-next').addEventListener('click', () => { page++; renderPage(); });
  // Turned or resized across the phone width: 20 or 50 rows a page, the first row shown kept.
  matchMedia(PHONE).addEventListener('change', (e) => {
    if (!order?.length) return;
    page = Math.floor((page * (e.matches ? PAGE : PHONE_PAGE)) / pageSize());
    renderPage();
  });
  $('batch-export').addEventListener('click', () => worker.postMessage({ type: 'csv', id: runId, lang: ui.lang, level: level || undefined }));
  $('batch-level').addEventListener('change', (e) => { level = e.target.value; settings.level = level; onChange(settings); pickTable(); });
}
