// "Perencanaan wilayah": the scenario editor and its results. Reads the form into a scenario
// object (text as typed), asks Rust for the projection, charts and summaries, writes the DOM.
import { apply } from './i18n.js';
import { $, ui, engine, el, num, money, pct, date, today, tr, showErrors, showSources, showWarnings, fillTable, download } from './ui.js';

const GROUP_DEFAULTS = { package: 'bpuBasic', source: 'apbdRegency', workerType: 'other' };
const STATIC_DEFAULTS = { 'region.level': 'regency', 'workforce.denominator': 'working' };

let plan = null;        // the scenario as typed
let presets = [];
let fundingSources = [];
let lastGood = null;    // last successful planView response
let onChange = () => {};
let guarded = (fn) => fn(); // replaced by the page's guard, which recovers from a wasm trap

export const currentPlan = () => plan;

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o[k] == null || typeof o[k] !== 'object') o[k] = {};
    o = o[k];
  }
  o[keys.at(-1)] = value;
}

const asText = (v) => (v == null ? '' : String(v));

// ---- form <-> scenario ------------------------------------------------------------------------

function fillSourceOptions(select) {
  const current = select.value;
  select.replaceChildren(...fundingSources.map((s) => {
    const o = el('option', ui.lang === 'id' ? s.labelId : s.labelEn);
    o.value = s.id;
    return o;
  }));
  if (current) select.value = current;
}

function groupCard(g, i) {
  const node = $('group-template').content.firstElementChild.cloneNode(true);
  node.dataset.index = String(i);
  for (const e of node.querySelectorAll('[data-key]')) {
    const id = `plan-groups-${i}-${e.dataset.key}`;
    if (e.tagName === 'LABEL') e.htmlFor = id;
    else if (e.classList.contains('error')) e.id = `${id}-error`;
    else {
      e.id = id;
      if (node.querySelector(`p.error[data-key="${e.dataset.key}"]`)) e.setAttribute('aria-describedby', `${id}-error`);
    }
  }
  fillSourceOptions(node.querySelector('select[data-key=source]'));
  apply(node, ui.lang);
  const n = i + 1;
  node.querySelector('.group-title').textContent = tr('groupTitle', { n });
  const dup = node.querySelector('[data-act=dup]');
  dup.textContent = tr('dupGroup');
  dup.setAttribute('aria-label', tr('dupGroupLabel', { n }));
  const del = node.querySelector('[data-act=del]');
  del.textContent = tr('delGroup');
  del.setAttribute('aria-label', tr('delGroupLabel', { n }));
  for (const input of node.querySelectorAll('input[data-key], select[data-key]')) {
    const key = input.dataset.key;
    if (input.tagName === 'SELECT' && !g[key]) g[key] = GROUP_DEFAULTS[key];
    input.value = asText(g[key]);
  }
  return node;
}

function renderGroups() {
  $('plan-groups').replaceChildren(...(plan.groups ?? []).map(groupCard));
}

function fillForm() {
  plan.schemaVersion ??= 1;
  plan.groups ??= [];
  for (const input of $('plan-form').querySelectorAll('[data-path]')) {
    const path = input.dataset.path;
    if (input.tagName === 'SELECT' && !getPath(plan, path)) setPath(plan, path, STATIC_DEFAULTS[path]);
    input.value = asText(getPath(plan, path));
  }
  renderGroups();
}

function onInput(e) {
  const target = e.target;
  if (target.dataset.path) {
    setPath(plan, target.dataset.path, target.value);
  } else if (target.dataset.key) {
    const i = Number(target.closest('.group-card').dataset.index);
    plan.groups[i][target.dataset.key] = target.value;
  } else {
    return;
  }
  $('plan-preset').value = '';
  $('plan-preset-info').hidden = true;
  changed();
}

function onGroupAction(e) {
  const act = e.target.closest('[data-act]')?.dataset.act;
  if (!act) return;
  const i = Number(e.target.closest('.group-card').dataset.index);
  if (act === 'dup') plan.groups.splice(i + 1, 0, structuredClone(plan.groups[i]));
  if (act === 'del') plan.groups.splice(i, 1);
  renderGroups();
  const focus = act === 'dup' ? $(`plan-groups-${i + 1}-name`) : ($(`plan-groups-${i}-name`) ?? $('plan-add-group'));
  focus?.focus();
  changed();
}

function addGroup() {
  plan.groups.push({ name: '', workers: '', months: '12', ...GROUP_DEFAULTS });
  renderGroups();
  $(`plan-groups-${plan.groups.length - 1}-name`).focus();
  changed();
}

function changed() {
  onChange();
  guarded(render);
}

// ---- presets ---------------------------------------------------------------------------------

function fillPresetOptions() {
  const select = $('plan-preset');
  const keep = select.value;
  const none = el('option', tr('presetNone'));
  none.value = '';
  select.replaceChildren(none, ...presets.map((p) => {
    const o = el('option', p.name);
    o.value = p.id;
    return o;
  }));
  select.value = keep;
}

function showPresetInfo(id) {
  const p = presets.find((x) => x.id === id);
  $('plan-preset-info').hidden = !p;
  if (!p) return;
  $('plan-preset-source').textContent = tr('presetSource', { outlet: p.source.outlet, date: p.source.date, title: p.source.title });
  $('plan-preset-note').textContent = ui.lang === 'id' ? p.noteId : p.noteEn;
  $('plan-preset-figures').replaceChildren(...p.figures.map((f) => {
    const li = el('li');
    li.append(el('span', `${ui.lang === 'id' ? f.labelId : f.labelEn}: `), el('strong', ui.lang === 'id' ? f.valueId : f.valueEn),
      el('span', ` (${tr(f.kind)})`, `tag tag-${f.kind}`));
    return li;
  }));
  $('plan-preset-checks').replaceChildren(...p.checks.map((c) => {
    const text = tr(c.agrees ? 'checkAgrees' : 'checkDiffers', { stated: pct(c.statedPct), computed: pct(c.computedPct) });
    return el('li', `${ui.lang === 'id' ? c.labelId : c.labelEn}: ${text}`, c.agrees ? 'agrees' : 'differs');
  }));
}

/** Replaces the scenario (a restored or imported one) and redraws. */
export function replacePlan(scenario) {
  plan = scenario;
  $('plan-preset').value = '';
  $('plan-preset-info').hidden = true;
  fillForm();
  changed();
}

export function loadPreset(id) {
  const p = presets.find((x) => x.id === id);
  if (!p) return;
  plan = structuredClone(p.scenario);
  $('plan-preset').value = id;
  fillForm();
  showPresetInfo(id);
  changed();
}

// ---- results ---------------------------------------------------------------------------------

const svgUrl = (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

const shownSvg = {};
function renderCharts(res) {
  for (const name of ['coverage', 'budget', 'groups']) {
    const c = res.charts[name];
    const img = $(`chart-${name}-img`);
    if (shownSvg[name] !== c.svg) { shownSvg[name] = c.svg; img.src = svgUrl(c.svg); }
    img.alt = c.summary;
    $(`chart-${name}-summary`).textContent = c.summary;
  }
  const p = res.projection;
  fillTable($('chart-coverage-table'),
    [tr('colYear'), { text: tr('colWorkers'), num: true }, { text: tr('colCovered'), num: true }, { text: tr('colUcj'), num: true },
      { text: tr('colBand'), num: true }, { text: tr('colGap'), num: true }],
    [[String(p.base.year), p.base.workers == null ? '—' : num(p.base.workers), num(p.base.covered), pct(p.base.coveragePct), '', ''],
      ...p.years.map((y) => [String(y.year), y.workers == null ? '—' : num(y.workers), num(y.covered), pct(y.coveragePct),
        y.coverageLowPct == null ? '—' : `${pct(y.coverageLowPct)} – ${pct(y.coverageHighPct)}`, y.gap == null ? '—' : num(y.gap)])]);
  const sources = [...new Set(p.years.flatMap((y) => y.budgetBySource.map((b) => b.source)))];
  const label = (id) => { const s = fundingSources.find((f) => f.id === id); return s ? (ui.lang === 'id' ? s.labelId : s.labelEn) : id; };
  fillTable($('chart-budget-table'),
    [tr('colYear'), ...sources.map((s) => ({ text: label(s), num: true })), { text: tr('colBudget'), num: true }, { text: tr('colCumulative'), num: true }],
    p.years.map((y) => [String(y.year), ...sources.map((s) => money(y.budgetBySource.find((b) => b.source === s)?.amount ?? 0)),
      money(y.budget), money(y.cumulativeBudget)]));
  fillTable($('chart-groups-table'),
    [tr('colGroup'), { text: tr('colPaidFor'), num: true }, { text: tr('colPremium'), num: true }, { text: tr('colMonths'), num: true },
      { text: tr('colCost'), num: true }, tr('colSource')],
    p.groups.map((g) => [g.name, num(g.subsidised), money(g.monthlyPremium), String(g.months), money(g.funderCost), label(g.source)]));
}

function renderCards(c) {
  $('plan-card-ucj').textContent = c.ucjNow || '—';
  $('plan-card-ucj-sub').textContent = tr('cardUcjSub', { target: c.ucjTarget || '—', end: c.ucjEnd || '—' });
  $('plan-card-uncovered-label').textContent = tr('cardUncovered', { year: c.firstYear });
  $('plan-card-uncovered').textContent = c.uncovered == null ? '—' : num(c.uncovered);
  $('plan-card-budget-label').textContent = tr('cardBudget', { year: c.firstYear });
  $('plan-card-budget').textContent = c.budgetFirst.short;
  $('plan-card-budget-sub').textContent = tr('cardBudgetSub', { total: c.budgetTotal.short });
  $('plan-card-cost').textContent = c.costPerWorker ? c.costPerWorker.text : '—';
}

const DENOMINATOR_KEYS = { working: 'denWorking', labourForce: 'denLabourForce', excludingCivilServants: 'denExCivil', informalOnly: 'denInformal' };

/** The print memo's inputs: what the scenario says, as Rust understood it. */
function renderMemo(res) {
  const b = res.projection.base;
  $('memo-title').textContent = tr('memoTitle', { region: b.name });
  const rows = [
    [tr('baseYear'), String(b.year)],
    [tr('workforceTotal'), b.workers == null ? '—' : `${num(b.workers)} (${tr(DENOMINATOR_KEYS[b.denominator])})`],
    [tr('currentTotal'), `${num(b.covered)} · ${pct(b.coveragePct)}`],
    [tr('targetPct'), b.targetPct == null ? '—' : `${pct(b.targetPct)} (${b.targetYear})`],
    [tr('groups'), tr('memoGroups', { n: res.projection.groups.length })],
    [tr('regionSource'), plan.region?.source || '—'],
  ];
  $('memo-inputs').replaceChildren(...rows.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  $('memo-made').textContent = `${tr('memoMade', { date: date(today()) })} · ${$('rules-version').textContent}`;
}

// The charts' width, read from the layout only when the window changes size (reading it after
// each edit's DOM changes would force a layout per keystroke).
let width = 0;
function chartWidth() {
  if (width <= 0) width = $('chart-coverage').querySelector('figcaption').clientWidth;
  return width > 0 ? width : 640;
}

export function render() {
  if (!plan) return;
  const res = engine.plan.planView({ scenario: plan, width: chartWidth(), lang: ui.lang });
  const p = res.projection;
  showErrors($('plan-form'), 'plan', p.errors, $('plan-form-error'));
  const stale = !p.ok;
  $('plan-stale').hidden = !(stale && lastGood);
  $('plan-result').classList.toggle('is-stale', stale);
  if (stale) return;
  lastGood = res;
  renderCards(res.cards);
  renderCharts(res);
  renderMemo(res);
  $('plan-assumptions').replaceChildren(...res.assumptions.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  showWarnings($('plan-warnings'), p.warnings);
  showSources($('plan-sources'), p.applied);
  refreshShareLink();
}

/** The WhatsApp link: the current summary and this page's link, which carries the scenario. */
export function refreshShareLink() {
  if (!lastGood) return;
  const summary = `${lastGood.charts.coverage.summary} ${lastGood.charts.budget.summary}`;
  $('plan-whatsapp').href = `https://wa.me/?text=${encodeURIComponent(tr('whatsappText', { summary, link: location.href }))}`;
}

// ---- keep and share --------------------------------------------------------------------------

function status(text) {
  $('plan-status').textContent = text;
}

async function downloadChart(name, format) {
  if (!lastGood) return;
  const svg = lastGood.charts[name].svg;
  if (format === 'svg') {
    download(new Blob([svg], { type: 'image/svg+xml' }), `jamsostek-${name}.svg`);
    return;
  }
  const img = new Image();
  img.src = svgUrl(svg);
  await img.decode();
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const canvas = el('canvas');
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  canvas.toBlob((blob) => blob && download(blob, `jamsostek-${name}.png`), 'image/png');
}

async function importJson(file) {
  try {
    const data = JSON.parse(await file.text());
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    replacePlan(data);
    status(tr('imported'));
  } catch (err) {
    status(tr('importFailed', { detail: err.message }));
  }
}

async function importCsv(file) {
  const res = engine.plan.importGroupsCsv({ text: await file.text(), baseYear: plan.region?.baseYear ?? '' });
  const list = $('plan-import-errors');
  if (!res.ok) {
    $('plan-import-status').textContent = tr('csvRejected', { file: file.name });
    list.replaceChildren(...res.errors.map((e) => el('li', ui.lang === 'id' ? e.messageId : e.messageEn)));
    return;
  }
  list.replaceChildren();
  replacePlan({ ...plan, groups: res.groups });
  $('plan-import-status').textContent = tr('csvImported', { n: res.groups.length, file: file.name });
}

function exportCsv() {
  const r = engine.plan.exportCsv({ scenario: plan, lang: ui.lang });
  if (!r.ok) { guarded(render); return; }
  download(new Blob([r.csv], { type: 'text/csv;charset=utf-8' }), r.filename);
}

let flush = () => {};

async function copyLink() {
  flush();
  try {
    await navigator.clipboard.writeText(location.href);
    status(tr('linkCopied'));
  } catch {
    status(tr('linkShown'));
  }
}

// ---- set-up ----------------------------------------------------------------------------------

/** Language changed: relabel what JS built, then redraw. */
export function relabel() {
  fillPresetOptions();
  if (plan) { renderGroups(); showPresetInfo($('plan-preset').value); }
  render();
}

export function setupPlan({ defaults, scenario, presetId, changedHook, guard, flushLink }) {
  flush = flushLink ?? (() => {});
  presets = engine.plan.presets();
  fundingSources = defaults.fundingSources;
  onChange = changedHook;
  guarded = guard;
  fillPresetOptions();
  if (scenario) {
    plan = scenario;
    fillForm();
    if (presetId && presets.some((p) => p.id === presetId)) { $('plan-preset').value = presetId; showPresetInfo(presetId); }
  } else {
    plan = structuredClone(presets.find((p) => p.id === defaults.planPreset)?.scenario ?? {});
    fillForm();
    $('plan-preset').value = defaults.planPreset;
    showPresetInfo(defaults.planPreset);
  }
  const form = $('plan-form');
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('plan-groups').addEventListener('click', onGroupAction);
  $('plan-add-group').addEventListener('click', addGroup);
  $('plan-preset').addEventListener('change', (e) => {
    if (e.target.value) loadPreset(e.target.value);
  });
  for (const b of document.querySelectorAll('[data-download]')) {
    b.addEventListener('click', () => downloadChart(b.dataset.download, b.dataset.format));
  }
  $('plan-export-json').addEventListener('click', () => {
    download(new Blob([JSON.stringify(plan, null, 2)], { type: 'application/json' }), 'jamsostek-skenario.json');
  });
  $('plan-import-json').addEventListener('change', (e) => {
    const file = e.target.files?.[0];
    if (file) importJson(file);
    e.target.value = '';
  });
  $('plan-export-csv').addEventListener('click', () => guarded(exportCsv));
  $('plan-import-csv').addEventListener('change', (e) => {
    const file = e.target.files?.[0];
    if (file) importCsv(file).catch(() => $('plan-import-status').textContent = tr('crashed'));
    e.target.value = '';
  });
  $('plan-copy-link').addEventListener('click', copyLink);
  $('plan-print').addEventListener('click', () => window.print());
  // The memo prints the groups' data table, which sits in a closed <details> on screen.
  const groupsTable = $('chart-groups').querySelector('details');
  let wasOpen = false;
  window.addEventListener('beforeprint', () => { flush(); wasOpen = groupsTable.open; groupsTable.open = true; });
  // The link follows typing after a pause: bring it up to date before it is followed.
  $('plan-whatsapp').addEventListener('click', () => flush());
  window.addEventListener('afterprint', () => { groupsTable.open = wasOpen; });
  let resize = 0;
  window.addEventListener('resize', () => { clearTimeout(resize); resize = setTimeout(() => { width = 0; guarded(render); }, 150); });
}
