// Solving backwards, on the page: "what budget reaches the target?" and "how many workers does a
// yearly budget cover?". Each panel sends its question with the scenario being edited to Rust's
// solveView and shows the sentence, the table year by year, the scenario's charts with the answer,
// and one action that adds the answer to the scenario as groups. Loaded when a panel first opens.
import { $, ui, engine, el, chartWidthOf, num, money, pct, msg, svgUrl, showErrors, fillTable } from '../ui.js';
import { tr, label } from './plan-panel-strings.js';
import { view, changed, fillSourceOptions, renderGroups, h, field, PACKAGES, budgetTable } from './plan.js';

const PAY = ['package', 'months', 'governmentShare', 'source'];

/** The two questions: their panel, the prefix of their fields, and what each asks Rust. */
const QUESTIONS = [
  { panel: 'plan-solve-target', pre: 'st', mode: 'target', tableKey: 'solveTargetTable' },
  { panel: 'plan-solve-budget', pre: 'sb', mode: 'budget', tableKey: 'solveBudgetTable' },
];

/** How the extra workers are paid: a group's fields, built as the group rows' are (each with an error box but the package). */
const PAY_FIELDS = [['package', 'gPackage', '', PACKAGES], ['months', 'gMonths', 'e', 'numeric', '12'],
  ['governmentShare', 'gShare', 'e', 'decimal', '100'], ['source', 'gSource', 'e', []]];
const payPart = (pre) => h('fieldset.pay', null, h('legend', { 'data-i18n': 'solvePay' }), h('p.hint', { 'data-i18n': 'solvePayHint' }),
  h('div.grid', null, ...PAY_FIELDS.map((f) => field(`${pre}-group-${f[0]}`, f))));

/** The answer: its sentence, the table year by year, the facts and the two charts. */
function answerPart() {
  const hint = () => h('p.hint.scroll-hint', { 'data-i18n': 'scrollHint' });
  const chart = (name, label, ...more) => h('figure.chart', { 'data-id': `chart-${name}` },
    h('figcaption', null, h('strong', { 'data-i18n': label }), ' ', h('span.summary', { 'data-id': `${name}-summary` })),
    h('img', { 'data-id': `${name}-img`, alt: '' }), ...more);
  return h('div.answer', { 'data-id': 'answer', hidden: '' },
    h('p.answer-summary', { 'data-id': 'summary', 'aria-live': 'polite' }),
    h('div.buttons', null, h('button', { type: 'button', 'data-id': 'add', 'data-describedby': 'summary', 'data-i18n': 'addToScenario' })),
    h('h4', { 'data-id': 'table-heading', 'data-table-heading': '' }), hint(),
    h('div.table-wrap', { tabindex: '0', role: 'region', 'data-labelledby': 'table-heading' }, h('table', { 'data-id': 'table' })),
    h('h4', { 'data-i18n': 'solveWith' }), h('dl.facts', { 'data-id': 'facts' }),
    chart('coverage', 'solveChartCoverage'),
    chart('budget', 'solveChartBudget', h('details.data', null, h('summary', { 'data-i18n': 'dataTable' }), hint(),
      h('div.table-wrap', { tabindex: '0', role: 'region', 'data-i18n-attr': 'aria-label:solveChartBudget' }, h('table', { 'data-id': 'budget-table' })))));
}

/**
 * Both panels share their markup: how the extra workers are paid and the answer, each built above
 * with the panel's id prefix (the answer's relative ids are given it here: `data-id="summary"` →
 * `st-summary`).
 */
function build(q) {
  for (const [slot, part] of [['pay-slot', payPart], ['answer-slot', answerPart]]) {
    const place = $(`${q.panel}-body`).querySelector(`.${slot}`);
    const node = document.createDocumentFragment(); // its root's ids too, below
    node.append(part(q.pre));
    const id = (v) => v.split(' ').map((x) => `${q.pre}-${x}`).join(' ');
    for (const [data, attr] of [['id', 'id'], ['for', 'for'], ['describedby', 'aria-describedby'], ['labelledby', 'aria-labelledby']]) {
      for (const e of node.querySelectorAll(`[data-${data}]`)) { e.setAttribute(attr, id(e.dataset[data])); delete e.dataset[data]; }
    }
    for (const e of node.querySelectorAll('[data-table-heading]')) e.dataset.i18n = q.tableKey;
    label(node);
    place.replaceWith(node);
  }
}

const isOpen = (q) => !$(`${q.panel}-body`).hidden;
const value = (id) => $(id).value.trim();

/** The scenario being edited, without what only a comparison reads. */
function scenario() {
  const { alternatives: _a, planName: _n, ...s } = view.plan;
  return s;
}

/** How the extra workers are paid: only what was filled in (Rust fills in the rest). */
function group(pre) {
  const g = {};
  for (const k of PAY) { const v = value(`${pre}-group-${k}`); if (v) g[k] = v; }
  return g;
}

/** The target asked for: each empty field is the scenario's own. */
function target() {
  const own = view.plan.target ?? {};
  const pct_ = value('st-target-pct') || String(own.pct ?? '').trim();
  const year = value('st-target-year') || String(own.year ?? '').trim();
  if (!value('st-target-pct') && !value('st-target-year')) return undefined; // the scenario's (Rust says if it has none)
  return { pct: pct_, year };
}

function request(q) {
  const r = { scenario: scenario(), mode: q.mode, group: group(q.pre), width: chartWidth(q), lang: ui.lang };
  if (q.mode === 'target') { const t = target(); if (t) r.target = t; } else r.budget = value('sb-budget');
  return r;
}

// Chart width: the answer's figure, read from the layout only when the panel opens or the window changes size.
const widths = new Map();
function chartWidth(q) {
  let w = widths.get(q.pre) ?? 0;
  if (w <= 0) {
    const answer = $(`${q.pre}-answer`);
    const wasHidden = answer.hidden;
    answer.hidden = false;
    w = chartWidthOf($(`${q.pre}-chart-coverage`));
    answer.hidden = wasHidden;
    if (w > 0) widths.set(q.pre, w);
  }
  return w > 0 ? w : 640;
}

/** Hints that say what an empty target field stands for. */
function targetHints() {
  const own = view.plan.target ?? {};
  const has = String(own.pct ?? '').trim() && String(own.year ?? '').trim();
  $('st-target-pct').placeholder = String(own.pct ?? '').trim();
  $('st-target-year').placeholder = String(own.year ?? '').trim();
  $('st-target-pct-hint').textContent = has ? tr('targetDefaultHint', { value: `${own.pct}%` }) : tr('targetNoDefault');
  $('st-target-year-hint').textContent = has ? tr('targetDefaultHint', { value: String(own.year) }) : '';
}

function table(q, years) {
  if (q.mode === 'target') {
    fillTable($('st-table'),
      [tr('colYear'), { text: tr('colPath'), num: true }, { text: tr('colWithout'), num: true },
        { text: tr('colExtraWorkers'), num: true }, { text: tr('colExtraBudget'), num: true }],
      years.map((y) => [String(y.year), pct(y.pathPct), pct(y.withoutPct), num(y.workers), money(y.budget)]));
  } else {
    fillTable($('sb-table'),
      [tr('colYear'), { text: tr('colCoveredBy'), num: true }, { text: tr('colCostPerWorker'), num: true },
        { text: tr('colSpent'), num: true }, { text: tr('colLeft'), num: true }, { text: tr('colCoverageChange'), num: true }],
      years.map((y) => [String(y.year), num(y.workers), y.costPerWorker == null ? '—' : money(y.costPerWorker), money(y.budget),
        y.left == null ? '—' : money(y.left), y.withoutPct == null ? '—' : `${pct(y.withoutPct)} → ${pct(y.withPct)}`]));
  }
}

const answers = new Map(); // the last answer of each question, for its add button
const shownSvg = new Map();

function showChart(img, c) {
  if (shownSvg.get(img) !== c.svg) { shownSvg.set(img, c.svg); img.src = svgUrl(c.svg); }
  img.alt = c.summary;
}

/** Asks one question and shows its answer (or what is missing, beside the panel's own fields). */
function refresh(q) {
  if (!isOpen(q)) return;
  if (q.mode === 'target') targetHints();
  const asked = request(q);
  const res = engine.tools.solveView(asked);
  const own = res.solve.errors.filter((e) => !e.field.startsWith('scenario.'));
  const theirs = res.solve.errors.filter((e) => e.field.startsWith('scenario.'));
  showErrors($(`${q.pre}-form`), q.pre, own, $(`${q.pre}-form-error`));
  // What is still empty is asked for, not wrong: marked as the plan form marks it (dashed, not red).
  for (const node of $(`${q.pre}-form`).querySelectorAll('.needed')) node.classList.remove('needed');
  for (const e of own.filter((x) => x.code.startsWith('required'))) {
    const id = `${q.pre}-${e.field.replaceAll('.', '-')}`;
    for (const node of [$(id), $(`${id}-error`)]) node?.classList.add('needed');
  }
  if (theirs.length) {
    const box = $(`${q.pre}-form-error`);
    box.textContent = [box.textContent, tr('solveScenario', { detail: theirs.map(msg).join(' ') })].filter(Boolean).join(' ');
    box.classList.toggle('needed', theirs.every((e) => e.code.startsWith('required')));
  }
  const ok = res.solve.ok && res.charts;
  $(`${q.pre}-answer`).hidden = !ok;
  answers.set(q.pre, ok ? res : null);
  if (!ok) return;
  $(`${q.pre}-summary`).textContent = res.summary;
  $(`${q.pre}-add`).hidden = res.groups.length === 0;
  table(q, res.solve.years);
  const c = res.cards;
  const facts = c ? [[tr('factBudget', { year: c.firstYear }), c.budgetFirst.short], [tr('factTotal'), c.budgetTotal.short],
    ...(c.ucjEnd ? [[tr('factUcjEnd'), c.ucjEnd]] : [])] : [];
  $(`${q.pre}-facts`).replaceChildren(...facts.map(([k, v]) => { const d = el('div'); d.append(el('dt', k), el('dd', v)); return d; }));
  // The panels' module does not draw: the charts' module (loaded with the panel) draws from its data.
  const drawn = res.chartData ? engine.charts.drawCharts({ data: res.chartData, width: asked.width, lang: asked.lang }) : null;
  for (const name of ['coverage', 'budget']) {
    showChart($(`${q.pre}-${name}-img`), { svg: drawn ? drawn[name] : res.charts[name].svg, summary: res.charts[name].summary });
    $(`${q.pre}-${name}-summary`).textContent = res.charts[name].summary;
  }
  fillTable($(`${q.pre}-budget-table`), ...budgetTable(res.projection));
}

/** Adds the answer to the scenario being edited, as the groups Rust wrote for the form. */
function add(q) {
  const res = answers.get(q.pre);
  if (!res?.groups.length) return;
  view.plan.groups ??= [];
  view.plan.groups.push(...structuredClone(res.groups));
  $('plan-preset').value = '';
  $('plan-preset-info').hidden = true;
  renderGroups();
  changed();
  $(`${q.panel}-status`).textContent = tr('solveAdded', { n: res.groups.length });
}

let lang = null;
/** Labels the panels' own options in the page language (the shell relabels the markup). */
function relabel() {
  if (lang === ui.lang) return;
  lang = ui.lang;
  for (const q of QUESTIONS) {
    label($(`${q.panel}-body`)); // its markup's keys are the panels' own, which the view's lack
    const select = $(`${q.pre}-group-source`);
    const keep = select.value || 'apbdRegency';
    fillSourceOptions(select);
    select.value = keep;
  }
}

/** Wires both panels (the shell opens them); each redraws after every edit of the scenario while open. */
export function setup() {
  for (const q of QUESTIONS) {
    build(q);
    const form = $(`${q.pre}-form`);
    const again = () => view.guard(() => refresh(q));
    form.addEventListener('input', again);
    form.addEventListener('change', again);
    form.addEventListener('submit', (e) => e.preventDefault());
    $(`${q.pre}-add`).addEventListener('click', () => view.guard(() => add(q)));
  }
  window.addEventListener('resize', () => widths.clear());
  view.panels.add(() => { relabel(); for (const q of QUESTIONS) refresh(q); });
}
