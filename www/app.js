// The page: reads the forms, calls Rust, writes the DOM. No arithmetic here; every figure,
// rule and message comes from the wasm module. Text goes in with textContent only.
import init, * as calc from './pkg/jamsostek.js';
import { t, apply } from './i18n.js';

const $ = (id) => document.getElementById(id);
const STORE_KEY = 'jamsostek.v1';

const state = {
  lang: 'id',
  tab: 'cost',
  cost: {},
  mine: {},
};

// ---- persistence: nothing typed is lost on reload -------------------------------------------

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    if (saved && typeof saved === 'object') {
      if (saved.lang === 'en' || saved.lang === 'id') state.lang = saved.lang;
      if (saved.tab === 'cost' || saved.tab === 'mine') state.tab = saved.tab;
      if (saved.cost && typeof saved.cost === 'object') state.cost = saved.cost;
      if (saved.mine && typeof saved.mine === 'object') state.mine = saved.mine;
    }
  } catch { /* storage off or corrupt: start from defaults */ }
}

function save() {
  try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch { /* storage full or off */ }
}

// ---- formatting (Intl only) -----------------------------------------------------------------

const locale = () => (state.lang === 'id' ? 'id-ID' : 'en-GB');
const num = (n) => new Intl.NumberFormat(locale()).format(n);
const money = (n) => `Rp ${num(n)}`;
const date = (iso) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${iso}T00:00:00Z`));
const today = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const msg = (m) => (state.lang === 'id' ? m.messageId : m.messageEn);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

// ---- shared result pieces -------------------------------------------------------------------

/** Shows each error beside its field; clears the others. Unknown fields go to `fallback`. */
function showErrors(prefix, fields, errors, fallback) {
  const byField = new Map();
  for (const e of errors) {
    const key = fields.includes(e.field) ? e.field : fallback;
    if (!byField.has(key)) byField.set(key, msg(e));
  }
  for (const f of fields) {
    const box = $(`${prefix}-${f}-error`);
    const input = $(`${prefix}-${f}`);
    const text = byField.get(f) ?? '';
    if (box) box.textContent = text;
    if (input) {
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}

function showSources(list, applied) {
  list.replaceChildren(...applied.map((a) => {
    const li = el('li');
    li.append(el('strong', state.lang === 'id' ? a.labelId : a.labelEn), ': ',
      el('span', state.lang === 'id' ? a.textId : a.textEn, 'value'));
    const cite = [a.citation.regulation, a.citation.article].filter(Boolean).join(', ');
    const meta = [cite, t(state.lang, 'since', { date: date(a.effectiveFrom) })];
    if (a.status !== 'enacted') meta.push(t(state.lang, `status_${a.status}`));
    li.append(el('span', ` — ${meta.join(' · ')}`, 'cite'));
    return li;
  }));
}

function showWarnings(list, warnings) {
  list.replaceChildren(...warnings.map((w) => el('li', msg(w))));
}

function markStale(prefix, stale) {
  $(`${prefix}-stale`).hidden = !stale;
  $(`${prefix}-result`).classList.toggle('is-stale', stale);
}

function guard(fn) {
  try {
    fn();
    $('fatal').hidden = true;
  } catch (err) {
    console.error(err);
    $('fatal').textContent = t(state.lang, 'crashed');
    $('fatal').hidden = false;
  }
}

// ---- "Biaya program" ------------------------------------------------------------------------

const COST_FIELDS = ['workers', 'months', 'asOf'];

function readCost() {
  state.cost = { workers: $('cost-workers').value, months: $('cost-months').value };
}

function renderCost() {
  const res = calc.programCost({ ...state.cost, asOf: today(), lang: state.lang });
  showErrors('cost', COST_FIELDS, res.errors, 'asOf');
  const hadResult = $('cost-total').textContent !== '';
  if (!res.ok) { markStale('cost', hadResult); return; }
  markStale('cost', false);
  $('cost-total').textContent = res.total.text;
  $('cost-short').textContent = res.total.short;
  $('cost-summary').textContent = t(state.lang, 'summary',
    { workers: num(res.workers), months: num(res.months), premium: res.monthlyPremium.text });
  $('cost-premium').textContent = res.monthlyPremium.text;
  $('cost-per-worker').textContent = res.perWorker.text;
  showWarnings($('cost-warnings'), res.warnings);
  showSources($('cost-sources'), res.applied);
}

// ---- "Iuran saya" ---------------------------------------------------------------------------

const MINE_FIELDS = ['asOf', 'wage', 'riskClass', 'employees', 'declaredIncome', 'contractValue', 'programs', 'segment'];

function readMine() {
  const f = $('mine-form');
  state.mine = {
    segment: f.querySelector('input[name=segment]:checked')?.value ?? 'informal',
    asOf: $('mine-asOf').value,
    wage: $('mine-wage').value,
    riskClass: $('mine-riskClass').value,
    employees: $('mine-employees').value,
    industry: $('mine-industry').value,
    programs: [...f.querySelectorAll('input[name=program]:checked')].map((c) => c.value),
    declaredIncome: $('mine-declaredIncome').value,
    workerType: $('mine-workerType').value,
    funder: $('mine-funder').value,
    withJht: $('mine-withJht').checked,
    contractValue: $('mine-contractValue').value,
  };
}

function mineRequest() {
  const m = state.mine;
  const req = { segment: m.segment, asOf: m.asOf || today(), lang: state.lang };
  if (m.segment === 'wage') {
    Object.assign(req, { wage: m.wage, riskClass: m.riskClass, industry: m.industry, programs: m.programs });
    if (m.employees.trim() !== '') req.employees = m.employees;
  } else if (m.segment === 'informal') {
    Object.assign(req, { declaredIncome: m.declaredIncome, workerType: m.workerType, funder: m.funder, withJht: m.withJht });
  } else {
    req.contractValue = m.contractValue;
  }
  return req;
}

function renderMine() {
  for (const g of document.querySelectorAll('#mine-form .group')) g.hidden = g.dataset.segment !== state.mine.segment;
  const res = calc.contribution(mineRequest());
  showErrors('mine', MINE_FIELDS, res.errors, 'segment');
  const hadResult = $('mine-total').textContent !== '';
  if (!res.ok) { markStale('mine', hadResult); return; }
  markStale('mine', false);
  $('mine-period').textContent = t(state.lang, res.period === 'project' ? 'perProject' : 'perMonth');
  $('mine-total').textContent = money(res.total);
  const payers = ['worker', 'employer', 'government', 'other'].filter((p) => res[p] > 0);
  $('mine-payers').replaceChildren(...payers.map((p) => {
    const d = el('div');
    d.append(el('dt', t(state.lang, `payer_${p}`)), el('dd', money(res[p])));
    return d;
  }));
  $('mine-items').replaceChildren(...res.items.map((i) => {
    const tr = el('tr');
    const notes = [];
    if (i.discount > 0) notes.push(t(state.lang, 'discount', { amount: money(i.discount) }));
    if (i.deferred > 0) notes.push(t(state.lang, 'deferred', { amount: money(i.deferred) }));
    const amount = el('td', money(i.amount), 'num');
    if (notes.length) amount.append(el('small', notes.join(', ')));
    tr.append(el('td', t(state.lang, `prog_${i.program}`)), el('td', t(state.lang, `payer_${i.payer}`)), amount);
    return tr;
  }));
  showWarnings($('mine-warnings'), res.warnings);
  showSources($('mine-sources'), res.applied);
}

// ---- forms, tabs, language -------------------------------------------------------------------

function fillForms(defaults) {
  const c = { ...defaults.programCost, ...state.cost };
  $('cost-workers').value = c.workers;
  $('cost-months').value = c.months;
  const d = defaults.contribution;
  const m = { ...d, asOf: '', employees: '', industry: 'other', programs: ['jht', 'jp', 'jkp'], withJht: false, ...state.mine };
  const f = $('mine-form');
  for (const r of f.querySelectorAll('input[name=segment]')) r.checked = r.value === m.segment;
  $('mine-asOf').value = m.asOf || today();
  for (const k of ['wage', 'riskClass', 'employees', 'industry', 'declaredIncome', 'workerType', 'funder', 'contractValue']) {
    $(`mine-${k}`).value = m[k];
  }
  for (const cb of f.querySelectorAll('input[name=program]')) cb.checked = m.programs.includes(cb.value);
  $('mine-withJht').checked = !!m.withJht;
}

function showTab(tab, focus = false) {
  state.tab = tab;
  for (const [name, id] of [['cost', 'tab-cost'], ['mine', 'tab-mine']]) {
    const on = name === tab;
    const btn = $(id);
    btn.setAttribute('aria-selected', String(on));
    btn.tabIndex = on ? 0 : -1;
    $(btn.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) btn.focus();
  }
}

function setLanguage(lang) {
  state.lang = lang;
  apply(document, lang);
  $('lang-toggle').lang = lang === 'id' ? 'en' : 'id';
  const v = calc.version();
  $('rules-version').textContent = t(lang, 'rulesVersion', { version: v.version, date: date(v.rulesDate), reviewed: date(v.rulesReviewed) });
}

function renderAll() {
  guard(renderCost);
  guard(renderMine);
}

async function main() {
  load();
  apply(document, state.lang);
  try {
    await init();
  } catch (err) {
    $('fatal').textContent = t(state.lang, 'loadFailed', { detail: String(err?.message ?? err) });
    $('fatal').hidden = false;
    return;
  }
  fillForms(calc.defaults());
  setLanguage(state.lang);
  showTab(state.tab);
  readCost();
  readMine();
  renderAll();

  $('cost-form').addEventListener('input', () => { readCost(); guard(renderCost); save(); });
  $('mine-form').addEventListener('input', () => { readMine(); guard(renderMine); save(); });
  $('mine-form').addEventListener('change', () => { readMine(); guard(renderMine); save(); });
  for (const f of [$('cost-form'), $('mine-form')]) f.addEventListener('submit', (e) => e.preventDefault());
  $('lang-toggle').addEventListener('click', () => { setLanguage(state.lang === 'id' ? 'en' : 'id'); renderAll(); save(); });
  const tabs = ['cost', 'mine'];
  for (const name of tabs) {
    const btn = $(`tab-${name}`);
    btn.addEventListener('click', () => { showTab(name); save(); });
    btn.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(tabs.indexOf(name) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      showTab(next, true);
      save();
    });
  }
  document.body.dataset.ready = 'true';
}

main();
