// The planning view's results: summary cards, the three charts with their data tables, the print memo.
import { $, ui, engine, el, num, money, pct, date, today, svgUrl, showErrors, showSources, showWarnings, fillTable } from '../ui.js';
import { view, tr } from './plan-state.js';
import { refreshShareLink } from './plan-share.js';

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
  const label = (id) => { const s = view.fundingSources.find((f) => f.id === id); return s ? (ui.lang === 'id' ? s.labelId : s.labelEn) : id; };
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
    [tr('regionSource'), view.plan.region?.source || '—'],
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

/** Draws the charts again at their new width once the window stops changing size. */
export function followResize() {
  let resize = 0;
  window.addEventListener('resize', () => { clearTimeout(resize); resize = setTimeout(() => { width = 0; view.guard(render); }, 150); });
}

export function render() {
  if (!view.plan) return;
  const res = engine.plan.planView({ scenario: view.plan, width: chartWidth(), lang: ui.lang });
  const p = res.projection;
  showErrors($('plan-form'), 'plan', p.errors, $('plan-form-error'));
  const stale = !p.ok;
  $('plan-stale').hidden = !(stale && view.lastGood);
  $('plan-result').classList.toggle('is-stale', stale);
  if (stale) return;
  view.lastGood = res;
  renderCards(res.cards);
  renderCharts(res);
  renderMemo(res);
  $('plan-assumptions').replaceChildren(...res.assumptions.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  showWarnings($('plan-warnings'), p.warnings);
  showSources($('plan-sources'), p.applied);
  refreshShareLink();
}
