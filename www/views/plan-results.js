// The planning view's results: summary cards, the three charts (drawn by the charts' module) with
// their data tables, the print memo; what the form still needs, and the notices beside fields
// that say the same thing twice.
import { $, ui, engine, el, afterFrame, chartWidthOf, setText, setHidden, num, money, pct, date, today, msg, svgUrl, showErrors, showSources, showWarnings, fillTable, forget, unchanged } from '../ui.js';
import { view, tr, planName, hasAlternatives } from './plan-state.js';
import { refreshShareLink } from './plan-share.js';
import { updateGroupRows, groupFieldsFor, reveal, groupWhy } from './plan-form.js';

const CHARTS = ['coverage', 'budget', 'groups'];

/** A funding source's label in the page language. */
export function sourceLabel(id) {
  const s = view.fundingSources.find((f) => f.id === id);
  return s ? (ui.lang === 'id' ? s.labelId : s.labelEn) : id;
}

/** The budget per year by funding source, with the total and the running total: a table's head and rows. */
export function budgetTable(p) {
  const sources = [...new Set(p.years.flatMap((y) => y.budgetBySource.map((b) => b.source)))];
  return [
    [tr('colYear'), ...sources.map((s) => ({ text: sourceLabel(s), num: true })), { text: tr('colBudget'), num: true }, { text: tr('colCumulative'), num: true }],
    p.years.map((y) => [String(y.year), ...sources.map((s) => money(y.budgetBySource.find((b) => b.source === s)?.amount ?? 0)),
      money(y.budget), money(y.cumulativeBudget)]),
  ];
}

const shownSvg = {};
/** A chart's picture (its summary is its `alt`, set once there is a picture to describe). */
function showPicture(name, svg) {
  if (shownSvg[name] === svg) return;
  shownSvg[name] = svg;
  $(`chart-${name}-img`).src = svgUrl(svg);
  $(`chart-${name}-img`).alt = $(`chart-${name}-summary`).textContent;
}

// The pictures are drawn by the charts' module (engine.charts, `drawCharts`) from what planView
// gave (`chartData`): that module is fetched once the plan's figures are shown, so that they wait
// for neither its code nor its download (issue 17). Until it has arrived the latest data waits
// here, and the summaries and tables beside the charts are already shown.
let waiting = null;
function drawCharts(data) {
  if (engine.charts) { paint(data); return; }
  const first = waiting === null;
  waiting = data;
  if (!first) return; // already on its way: it draws the latest data
  chartsStatus(tr('chartsLoading'));
  pending(true);
  whenShown().then(engine.loadCharts).then(() => view.guard(() => {
    chartsStatus('');
    pending(false);
    const latest = waiting;
    waiting = null;
    if (latest) paint(latest);
  })).catch((err) => {
    console.error(err);
    waiting = null; // the next edit tries again
    pending(false);
    chartsStatus(tr('chartsLoadFailed', { detail: String(err?.message ?? err) }));
  });
}

/** While the charts' module comes, each picture's place is kept (style.css: no jump when it arrives). */
const pending = (on) => $('plan-result').classList.toggle('charts-pending', on);

/** The charts' status line above them (made here, not in the first load's markup). */
function chartsStatus(text) {
  let line = $('plan-charts-status');
  if (!line && !text) return;
  if (!line) {
    line = el('p', '', 'status');
    line.id = 'plan-charts-status';
    line.setAttribute('role', 'status');
    $('chart-coverage').before(line);
  }
  setText(line, text);
}

/**
 * Resolves once the plan's figures are on screen (the summary in sight, `plan-glance-ucj`), as
 * the browser reports it (Element Timing: the attribute is set here, before that text is first
 * painted), else two frames after now (no Element Timing, or that summary not drawn); at most a
 * second later in any case. What follows the plan waits for this: its charts' module, and on a
 * plan link the core module (app.js). Asked for at
 * the next task, or a frame later, Lighthouse's traces had those files requested before the
 * drawing was shown (258 ms against 287) and counted them into a plan link's LCP (2.0-2.2 s);
 * two frames later, still up to 10 ms before it (1.8-1.9 s).
 */
export function whenShown() {
  const node = $('plan-glance-ucj');
  if (document.hidden || !PerformanceObserver.supportedEntryTypes?.includes('element')) return afterFrame().then(afterFrame);
  node.setAttribute('elementtiming', node.id);
  // Whether it is drawn at all (not in an embed, nor while the prompt stands in for the figures)
  // is read a frame later, when the layout is clean: read now, it would lay the view out again.
  return afterFrame().then(() => (node.getClientRects().length === 0 || !node.textContent ? afterFrame() : new Promise((ok) => {
    const seen = new PerformanceObserver((list) => { if (list.getEntries().some((e) => e.identifier === node.id)) done(); });
    const most = setTimeout(() => done(), 1000);
    function done() { seen.disconnect(); clearTimeout(most); ok(); }
    seen.observe({ type: 'element', buffered: true });
  })));
}

function paint(data) {
  const out = engine.charts.drawCharts({ data, width: chartWidth(), lang: ui.lang });
  if (!out.ok) { chartsStatus(out.errors.map(msg).join(' ')); return; } // never expected: planView wrote it
  for (const name of CHARTS) showPicture(name, out[name]);
}

function renderCharts(res) {
  for (const name of CHARTS) {
    const c = res.charts[name];
    setText($(`chart-${name}-summary`), c.summary);
    const img = $(`chart-${name}-img`);
    if (img.hasAttribute('src') && img.alt !== c.summary) img.alt = c.summary;
    if (!res.chartData) showPicture(name, c.svg); // a module that draws them itself
  }
  if (res.chartData) drawCharts(res.chartData);
  const p = res.projection;
  // The national path, when the chart draws it (target.national): a column of its own.
  const drawn = p.base.nationalPct != null || p.years.some((y) => y.nationalPct != null);
  const path = drawn ? (y) => [y.nationalPct == null ? '—' : pct(y.nationalPct)] : () => [];
  fillTable($('chart-coverage-table'),
    [tr('colYear'), { text: tr('colWorkers'), num: true }, { text: tr('colCovered'), num: true }, { text: tr('colUcj'), num: true },
      { text: tr('colBand'), num: true }, { text: tr('colGap'), num: true }, ...(drawn ? [{ text: tr('colNational'), num: true }] : [])],
    [[String(p.base.year), p.base.workers == null ? '—' : num(p.base.workers), num(p.base.covered), pct(p.base.coveragePct), '', '', ...path(p.base)],
      ...p.years.map((y) => [String(y.year), y.workers == null ? '—' : num(y.workers), num(y.covered), pct(y.coveragePct),
        y.coverageLowPct == null ? '—' : `${pct(y.coverageLowPct)} – ${pct(y.coverageHighPct)}`, y.gap == null ? '—' : num(y.gap), ...path(y)])]);
  fillTable($('chart-budget-table'), ...budgetTable(p));
  fillTable($('chart-groups-table'),
    [tr('colGroup'), { text: tr('colPaidFor'), num: true }, { text: tr('colPremium'), num: true }, { text: tr('colMonths'), num: true },
      { text: tr('colCost'), num: true }, tr('colSource')],
    // Each group, then how its cost was reached (workers × premium × months, the sources) across the width.
    p.groups.flatMap((g) => [[g.name, num(g.subsidised), money(g.monthlyPremium), String(g.months), money(g.funderCost), sourceLabel(g.source)],
      ...(g.formulaId ? [{ why: groupWhy(g) }] : [])]));
}

/**
 * The cards' labels and texts, shared with the comparison's cards: the two gaps are named apart
 * ("all workers without protection" in the first year; "short of the target" in the target year).
 */
export function cardTexts(c) {
  return {
    ucj: c.ucjNow || '—',
    ucjSub: tr('cardUcjSub', { target: c.ucjTarget || '—', end: c.ucjEnd || '—' }),
    uncoveredLabel: tr('cardUncovered', { year: c.firstYear }),
    uncovered: c.uncovered == null ? '—' : num(c.uncovered),
    gapLabel: c.ucjTarget ? tr('cardGap', { target: c.ucjTarget }) : '',
    gap: c.targetGap == null ? '—' : num(c.targetGap),
    budgetLabel: tr('cardBudget', { year: c.firstYear }),
    budget: c.budgetFirst.short,
    budgetSub: tr('cardBudgetSub', { total: c.budgetTotal.short }),
    cost: c.costPerWorker ? c.costPerWorker.text : '—',
    apbdLabel: c.apbdShare ? tr('cardApbd', { year: c.firstYear }) : '',
    apbd: c.apbdShare,
  };
}

function renderCards(x) {
  setText($('plan-card-ucj'), x.ucj);
  setText($('plan-card-ucj-sub'), x.ucjSub);
  setText($('plan-card-uncovered-label'), x.uncoveredLabel);
  setText($('plan-card-uncovered'), x.uncovered);
  setHidden($('plan-card-gap-box'), !x.gapLabel);
  setText($('plan-card-gap-label'), x.gapLabel);
  setText($('plan-card-gap'), x.gap);
  setText($('plan-card-budget-label'), x.budgetLabel);
  setText($('plan-card-budget'), x.budget);
  setText($('plan-card-budget-sub'), x.budgetSub);
  setText($('plan-card-cost'), x.cost);
  setHidden($('plan-card-apbd-box'), !x.apbd);
  setText($('plan-card-apbd-label'), x.apbdLabel);
  setText($('plan-card-apbd'), x.apbd);
}

/**
 * The compact summary that stays in sight while editing (fixed under a phone's screen, at the
 * top of the results column on a desktop): UCJ now → projected → target, this year's budget, and
 * the workers still to cover (short of the target when there is one, else all without protection).
 */
function renderGlance(c, x) {
  setText($('plan-glance-ucj'), [x.ucj, c.ucjEnd || '—', c.ucjTarget].filter(Boolean).join(' → '));
  setText($('plan-glance-budget-label'), tr('glanceBudget', { year: c.firstYear }));
  setText($('plan-glance-budget'), x.budget);
  const toTarget = c.targetYear != null && c.targetGap != null;
  setText($('plan-glance-gap-label'), toTarget ? tr('glanceGap', { year: c.targetYear }) : tr('glanceUncovered', { year: c.firstYear }));
  setText($('plan-glance-gap'), toTarget ? x.gap : x.uncovered);
}

/** The summary's state: figures, "fill in the marked fields" (nothing to show yet), or stale. */
function glanceState(empty, stale) {
  setHidden($('plan-glance-figures'), empty);
  setHidden($('plan-glance-empty'), !empty);
  setHidden($('plan-glance-stale'), !stale);
  $('plan-glance').classList.toggle('is-stale', stale);
  $('plan-glance-go').href = empty ? '#plan-prompt' : '#plan-result';
}

/** On a phone the summary steps aside while the result cards themselves are on screen. */
export function followGlance() {
  if (!('IntersectionObserver' in window)) return;
  const cards = $('plan-result').querySelector('.cards');
  new IntersectionObserver(([e]) => $('plan-glance').classList.toggle('beside-cards', e.isIntersecting)).observe(cards);
}

const DENOMINATOR_KEYS = { working: 'denWorking', labourForce: 'denLabourForce', excludingCivilServants: 'denExCivil', informalOnly: 'denInformal' };

/** The print memo's inputs: what the scenario says, as Rust understood it. */
function renderMemo(res) {
  const b = res.projection.base;
  setText($('memo-title'), tr('memoTitle', { region: b.name }));
  const rows = [
    [tr('baseYear'), String(b.year)],
    [tr('workforceTotal'), b.workers == null ? '—' : `${num(b.workers)} (${tr(DENOMINATOR_KEYS[b.denominator])})`],
    [tr('currentTotal'), `${num(b.covered)} · ${pct(b.coveragePct)}`],
    [tr('targetPct'), b.targetPct == null ? '—' : `${pct(b.targetPct)} (${b.targetYear})`],
    [tr('groups'), tr('memoGroups', { n: res.projection.groups.length })],
    [tr('regionSource'), view.plan.region?.source || '—'],
  ];
  if (!unchanged($('memo-inputs'), rows)) $('memo-inputs').replaceChildren(...rows.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  setText($('memo-made'), `${tr('memoMade', { date: date(today()) })} · ${$('rules-version').textContent}`);
}

/** No result to show (a blank start, a preset that lacks a figure): nothing of another scenario stays. */
function clearResults() {
  for (const id of ['ucj', 'ucj-sub', 'uncovered-label', 'uncovered', 'gap-label', 'gap', 'budget-label', 'budget', 'budget-sub', 'cost', 'apbd-label', 'apbd']) {
    $(`plan-card-${id}`).textContent = '';
  }
  waiting = null; // nothing of another scenario is drawn when the charts' module arrives
  pending(false);
  chartsStatus('');
  for (const name of CHARTS) {
    delete shownSvg[name];
    $(`chart-${name}-img`).removeAttribute('src');
    $(`chart-${name}-img`).alt = '';
    $(`chart-${name}-summary`).textContent = '';
    const table = $(`chart-${name}-table`);
    table.replaceChildren();
    forget(table);
  }
  for (const id of ['plan-assumptions', 'plan-warnings', 'plan-sources', 'memo-inputs']) { $(id).replaceChildren(); forget($(id)); }
  $('memo-title').textContent = '';
}

// ---- what the form lacks, and what it says twice ---------------------------------------------

/** "Required" errors (nothing typed yet) read as a request, not a mistake: marked, not red. */
const isNeeded = (e) => e.code.startsWith('required');
const fieldId = (path) => `plan-${path.replaceAll('.', '-')}`;

/** The label a person sees for a field path (a group's field with its group's title). */
function fieldLabel(path) {
  const label = document.querySelector(`label[for="${fieldId(path)}"]`)?.textContent;
  if (!label) return null;
  const g = path.match(/^groups\.(\d+)\./);
  return g ? `${tr('groupTitle', { n: Number(g[1]) + 1 })}: ${label}` : label;
}

function markNeeded(errors) {
  const needed = new Set();
  for (const e of errors.filter(isNeeded)) {
    const id = fieldId(e.field);
    for (const node of [$(id), $(`${id}-error`)]) if (node) needed.add(node);
  }
  for (const node of markedNeeded) if (!needed.has(node)) node.classList.remove('needed');
  for (const node of needed) if (!node.classList.contains('needed')) node.classList.add('needed');
  markedNeeded = needed;
}

/** The fields and boxes `markNeeded` last marked, and the notices `showNotices` last wrote:
 * cleared by name on the next edit, not found by a selector over the whole form. */
let markedNeeded = new Set();
let noticed = new Set();

/** The prompt shown instead of results while nothing could be projected yet. */
function showPrompt(errors) {
  const needed = errors.filter(isNeeded);
  const list = $('plan-prompt-fields');
  if (unchanged(list, errors)) return;
  const items = needed.map((e) => {
    const label = fieldLabel(e.field);
    if (!label) return el('li', msg(e));
    const b = el('button', label, 'link');
    b.type = 'button';
    b.addEventListener('click', () => reveal(fieldId(e.field)));
    const li = el('li');
    li.append(b, el('span', ` — ${msg(e)}`, 'why'));
    return li;
  });
  list.replaceChildren(...items);
  $('plan-prompt-lead').hidden = needed.length === 0;
  $('plan-prompt-fix').hidden = needed.length === errors.length;
}

/** Notices (two fields that say the same thing; which one is used) beside their fields. */
function showNotices(notices) {
  const texts = new Map();
  const rest = [];
  for (const n of notices) {
    const box = $(`${fieldId(n.field)}-notice`);
    if (box && !texts.has(box)) texts.set(box, msg(n));
    else if (!box) rest.push(msg(n));
  }
  for (const box of noticed) if (!texts.has(box)) setText(box, '');
  for (const [box, text] of texts) setText(box, text);
  noticed = new Set(texts.keys());
  setText($('plan-form-notice'), rest.join(' '));
}

// The charts' width, read from the layout only when it is clean: before the view's first drawing
// (`followResize`) and when a ResizeObserver says it changed. Read after the DOM changes of an
// edit, or of the first drawing, it forces a layout of the whole view (a plan link's first drawing
// spent 100 ms of its 430 ms task in that read, at 4x CPU).
let width = 0;
function chartWidth() {
  if (width <= 0) width = chartWidthOf($('chart-coverage'));
  return width > 0 ? width : 640;
}

/**
 * Reads the charts' width now (the view calls this before it fills its form and draws), then draws
 * them again at their new width once it stops changing (a window resized or turned, a scrollbar
 * come or gone), read after the layout a ResizeObserver reports on.
 */
export function followResize() {
  const chart = $('chart-coverage');
  width = chartWidthOf(chart);
  let resize = 0;
  new ResizeObserver(() => {
    const w = chartWidthOf(chart);
    clearTimeout(resize); // a change undone within the wait (turned and back) draws nothing
    if (w <= 0 || w === width) return; // a hidden view, or the width drawn at
    resize = setTimeout(() => { width = w; view.guard(render); }, 150);
  }).observe(chart);
}

function renderProjection() {
  const res = engine.plan.planView({ scenario: view.plan, width: chartWidth(), lang: ui.lang });
  const p = res.projection;
  groupFieldsFor([...p.errors, ...res.notices].map((e) => e.field)); // a message's row has its boxes
  showErrors($('plan-form'), 'plan', p.errors, $('plan-form-error'));
  markNeeded(p.errors);
  showNotices(res.notices);
  updateGroupRows(p.ok ? p.groups : null);
  setText($('plan-result-plan'), hasAlternatives() ? tr('resultFor', { name: planName(view.editing) }) : '');
  const stale = !p.ok;
  const empty = stale && !view.lastGood;
  $('plan-result').classList.toggle('is-empty', empty);
  setHidden($('plan-prompt'), !empty);
  setHidden($('plan-stale'), !(stale && view.lastGood));
  $('plan-result').classList.toggle('is-stale', stale && !empty);
  glanceState(empty, stale && !empty);
  if (empty) {
    clearResults();
    showPrompt(p.errors);
    refreshShareLink();
    return;
  }
  if (stale) return;
  view.lastGood = res;
  if (res.cards) {
    const texts = cardTexts(res.cards); // once per edit, for the cards and the summary in sight
    renderCards(texts);
    renderGlance(res.cards, texts);
  }
  renderCharts(res);
  renderMemo(res);
  // Rebuilt only when they read differently (a rewrite costs a style and layout pass).
  if (!unchanged($('plan-assumptions'), res.assumptions)) $('plan-assumptions').replaceChildren(...res.assumptions.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  showWarnings($('plan-warnings'), p.warnings);
  showSources($('plan-sources'), p.applied);
  refreshShareLink();
}

export function render() {
  if (!view.plan) return;
  renderProjection();
  for (const panel of view.panels) panel();
}
