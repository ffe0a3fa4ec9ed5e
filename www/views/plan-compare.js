// Plans side by side: the scenario is the baseline (its `planName`), its `alternatives` the other
// plans ([{ name, scenario }], at most four). A row of plan chips above the form switches which
// plan the form edits; the comparison panel shows every plan's cards, their coverage overlaid,
// and the difference per year against the baseline, all from Rust's compareView. Alternatives
// live inside the scenario, so the link, the JSON and the CSV carry them. Loaded when the
// comparison first opens (or at once when a scenario arrives with alternatives).
import { $, ui, engine, el, chartWidthOf, msg, svgUrl, fillTable, locale, unchanged } from '../ui.js';
import { tr, label } from './plan-panel-strings.js';
import { view, planName, hasAlternatives, fillForm, cardTexts } from './plan.js';

const MAX_ALTERNATIVES = 4;

const status = (text) => { $('plan-plans-status').textContent = text; };

// ---- which plan the form edits --------------------------------------------------------------

/** The form edits plan `i` (-1 the baseline); its results are drawn afresh (none of another plan stays). */
function edit(i) {
  view.editing = i;
  view.plan = i < 0 ? view.root : view.root.alternatives[i].scenario;
  view.lastGood = null;
  $('plan-preset').value = '';
  $('plan-preset-info').hidden = true;
  fillForm();
  view.guard(view.render);
}

export function addAlternative() {
  const root = view.root;
  root.alternatives ??= [];
  if (root.alternatives.length >= MAX_ALTERNATIVES) { status(tr('compareMax')); return; }
  const { alternatives: _a, planName: _n, ...copy } = structuredClone(root);
  const name = tr('altName', { n: root.alternatives.length + 1 });
  root.alternatives.push({ name, scenario: copy });
  view.onChange();
  edit(root.alternatives.length - 1);
  status(tr('altCreated', { name }));
  $('plan-plan-name').focus();
  $('plan-plan-name').select();
}

function removeAlternative() {
  const i = view.editing;
  if (i < 0) return;
  const name = planName(i);
  view.root.alternatives.splice(i, 1);
  if (!view.root.alternatives.length) delete view.root.alternatives; // the scenario as it was before
  view.onChange();
  edit(-1);
  status(tr('altRemoved', { name, base: planName(-1) }));
  (hasAlternatives() ? $('plan-chip--1') : $('plan-compare-add')).focus();
}

function rename(e) {
  const text = e.target.value;
  const target = view.editing < 0 ? view.root : view.root.alternatives[view.editing];
  const key = view.editing < 0 ? 'planName' : 'name';
  if (text.trim()) target[key] = text; else delete target[key];
  status(''); // "Alternatif 2 dibuat…" no longer names it
  view.onChange();
  view.guard(view.render);
}

/** The row of plan chips above the form, with the name of the plan being edited. */
function renderBar() {
  const bar = $('plan-plans');
  bar.hidden = !hasAlternatives();
  if (bar.hidden) return;
  const plans = [-1, ...view.root.alternatives.keys()];
  const chips = $('plan-plan-chips');
  if (!unchanged(chips, [plans.map(planName), view.editing])) {
    const had = chips.contains(document.activeElement);
    chips.replaceChildren(...plans.map((i) => {
      const b = el('button', planName(i), 'chip');
      b.type = 'button';
      b.id = `plan-chip-${i}`;
      b.setAttribute('aria-pressed', String(i === view.editing));
      b.addEventListener('click', () => {
        if (i === view.editing) return;
        edit(i);
        status(tr('editingPlan', { name: planName(i) }));
        $(`plan-chip-${i}`)?.focus();
      });
      return b;
    }));
    if (had) $(`plan-chip-${view.editing}`)?.focus();
  }
  const input = $('plan-plan-name');
  if (document.activeElement !== input) {
    input.value = (view.editing < 0 ? view.root.planName : view.root.alternatives[view.editing]?.name) ?? '';
  }
  input.placeholder = planName(view.editing);
  $('plan-plan-remove').hidden = view.editing < 0;
}

// ---- the comparison -----------------------------------------------------------------------------

// Signs shown on differences (formatting only: Rust computed them).
const signedFormats = new Map();
function signedFormat(digits) {
  const key = `${locale()}:${digits}`;
  if (!signedFormats.has(key)) {
    signedFormats.set(key, new Intl.NumberFormat(locale(), { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return signedFormats.get(key);
}
const signed = (n, digits = 0) => signedFormat(digits).format(n);
const isSign = (p) => p.type === 'minusSign' || p.type === 'plusSign';
/** A signed amount of rupiah: +Rp 1.008.000.000, -Rp 1.008.000.000, Rp 0. */
function signedMoney(n) {
  const parts = signedFormat(0).formatToParts(n);
  return `${parts.filter(isSign).map((p) => p.value).join('')}Rp\u00a0${parts.filter((p) => !isSign(p)).map((p) => p.value).join('')}`;
}

let width = 0;
function chartWidth() {
  if (width <= 0) {
    // Measured with the result shown: before the first comparison it is hidden, and 0 wide.
    const result = $('plan-compare-result');
    const wasHidden = result.hidden;
    result.hidden = false;
    width = chartWidthOf($('plan-compare-chart'));
    result.hidden = wasHidden;
  }
  return width > 0 ? width : 640;
}

/** One plan's card: its name and its headline figures, named as on the planning view's cards. */
function planCard(plan, i) {
  const card = el('article', null, 'card plan-card');
  const head = el('h5', plan.name);
  if (i - 1 === view.editing) head.append(el('span', ` (${tr('planEditing')})`, 'tag'));
  card.append(head);
  if (!plan.cards) return card;
  const x = cardTexts(plan.cards);
  const rows = [[tr('cardUcj'), x.ucj, x.ucjSub], [x.uncoveredLabel, x.uncovered], ...(x.gapLabel ? [[x.gapLabel, x.gap]] : []),
    [x.budgetLabel, x.budget, x.budgetSub], [tr('cardCost'), x.cost], ...(x.apbd ? [[x.apbdLabel, x.apbd]] : [])];
  const dl = el('dl', null, 'plan-facts');
  for (const [k, v, sub] of rows) {
    const d = el('div');
    const dd = el('dd', v);
    if (sub) dd.append(el('span', sub, 'sub'));
    d.append(el('dt', k), dd);
    dl.append(d);
  }
  card.append(dl);
  return card;
}

function deltaSection(plan) {
  const section = el('section', null, 'delta');
  const id = `plan-delta-${plan.index}`;
  const h = el('h5', tr('deltaHeading', { name: plan.name }));
  h.id = `${id}-heading`;
  const wrap = el('div', null, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-labelledby', h.id);
  const table = el('table');
  fillTable(table,
    [tr('colYear'), { text: tr('colDeltaBudget'), num: true }, { text: tr('colDeltaCovered'), num: true }, { text: tr('colDeltaPoints'), num: true }],
    plan.delta.map((d) => [String(d.year), signedMoney(d.budget), signed(d.covered), d.coveragePoints == null ? '—' : signed(d.coveragePoints, 2)]));
  wrap.append(table);
  section.append(h, el('p', plan.summary, 'summary'), el('p', tr('scrollHint'), 'hint scroll-hint'), wrap);
  return section;
}

let shownSvg = null;
function renderComparison() {
  if ($('plan-compare-body').hidden) return;
  $('plan-compare-empty').hidden = hasAlternatives();
  if (!hasAlternatives()) {
    $('plan-compare-errors').replaceChildren();
    $('plan-compare-result').hidden = true;
    return;
  }
  const asked = { scenario: view.root, width: chartWidth(), lang: ui.lang };
  const res = engine.tools.compareView(asked);
  const errors = res.errors.filter((e) => e.code !== 'no_alternative');
  const list = $('plan-compare-errors');
  if (!unchanged(list, [errors, view.editing, view.root.alternatives.map((a) => a.name)])) {
    list.replaceChildren(...errors.map((e) => {
      const m = e.field.match(/^alternatives\.(\d+)\./);
      const i = m ? Number(m[1]) : -1;
      const li = el('li', tr('compareError', { name: planName(i), detail: msg(e) }));
      if (i !== view.editing && i < (view.root.alternatives?.length ?? 0)) {
        const b = el('button', tr('editPlan', { name: planName(i) }), 'secondary small');
        b.type = 'button';
        b.addEventListener('click', () => { edit(i); $('plan-form').querySelector('[aria-invalid=true]')?.focus(); });
        li.append(' ', b);
      }
      return li;
    }));
  }
  $('plan-compare-result').hidden = !res.ok;
  if (!res.ok) return;
  const plans = res.plans.map((p, index) => ({ ...p, index }));
  const cards = $('plan-compare-cards');
  if (!unchanged(cards, [plans.map((p) => [p.name, p.cards]), view.editing])) cards.replaceChildren(...plans.map(planCard));
  const img = $('plan-compare-img');
  // The panels' module does not draw: the charts' module (loaded with the panel) draws from its data.
  const svg = res.chartData.length ? engine.charts.drawComparison({ plans: res.chartData, width: asked.width, lang: asked.lang }).svg : res.coverage.svg;
  if (shownSvg !== svg) { shownSvg = svg; img.src = svgUrl(svg); }
  img.alt = res.coverage.summary;
  $('plan-compare-summary').textContent = res.coverage.summary;
  const deltas = $('plan-compare-deltas');
  if (!unchanged(deltas, plans.map((p) => [p.name, p.delta, p.summary]))) {
    deltas.replaceChildren(...plans.slice(1).map(deltaSection));
  }
}

/** Wires the plan chips and the comparison; both redraw after every edit. */
export function setup() {
  $('plan-plan-remove').addEventListener('click', () => view.guard(removeAlternative));
  $('plan-plan-name').addEventListener('input', rename);
  window.addEventListener('resize', () => { width = 0; });
  let lang = null;
  view.panels.add(() => {
    if (lang !== ui.lang) label($('plan-compare-body')); // its markup's keys are the panels' own
    lang = ui.lang;
    renderBar();
    renderComparison();
  });
}
