// The planning view's form: scenario ↔ fields, the target-group editor, and the seed presets.
import { apply } from '../i18n.js';
import { $, ui, el, setText, setHidden, pct, num, money } from '../ui.js';
import { strings } from './plan-strings.js';
import { view, tr, changed } from './plan-state.js';
import { setupRegionPicker, showRegion, decorateGroup } from './region-picker.js';

const GROUP_DEFAULTS = { package: 'bpuBasic', source: 'apbdRegency', workerType: 'other' };
const STATIC_DEFAULTS = { 'region.level': 'regency', 'workforce.denominator': 'working' };
/** The preset picker's value for a blank start. */
export const BLANK = 'blank';

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

export function fillSourceOptions(select) {
  const current = select.value;
  select.replaceChildren(...view.fundingSources.map((s) => {
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
    else if (e.classList.contains('notice')) e.id = `${id}-notice`;
    else {
      e.id = id;
      const described = ['error', 'notice'].filter((c) => node.querySelector(`p.${c}[data-key="${e.dataset.key}"]`));
      if (described.length) e.setAttribute('aria-describedby', described.map((c) => `${id}-${c}`).join(' '));
    }
  }
  fillSourceOptions(node.querySelector('select[data-key=source]'));
  apply(node, ui.lang, strings);
  const n = i + 1;
  node.querySelector('.group-n').textContent = `${n}.`;
  node.querySelector('.group-title-text').textContent = tr('groupTitle', { n });
  node.querySelector('.group-legend').textContent = tr('groupTitle', { n });
  node.querySelector('.group-name').textContent = g.name?.trim() || tr('groupUnnamed');
  node.open = openGroups.has(g);
  node.addEventListener('toggle', () => { if (node.open) openGroups.add(g); else openGroups.delete(g); });
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
  decorateGroup(node, g, i); // the region picker's: the region's real villages
  return node;
}

/**
 * Which groups are open for editing (the group objects themselves, so that the state follows a
 * group when another is removed above it; nothing of it goes into the scenario or the link).
 */
const openGroups = new WeakSet();

/** Opens the group row (or any closed part) around a field and focuses the field. */
export function reveal(id) {
  const field = $(id);
  if (!field) return;
  const details = field.closest('details');
  if (details && !details.open) details.open = true;
  field.focus();
}

/** How a group's first-year cost is reached, with the regulations it used (Rust's text). */
export const groupWhy = (g) => (ui.lang === 'id' ? g?.formulaId : g?.formulaEn) ?? '';

/**
 * The group rows' one-line facts (workers paid for, months, the funder's yearly cost) from the
 * projection, and a flag on a row whose fields hold an error, which opens the row the first time.
 */
export function updateGroupRows(projected) {
  for (const card of $('plan-groups').children) {
    const r = rowParts(card);
    const i = Number(card.dataset.index);
    const g = view.plan.groups[i];
    setText(r.name, g?.name?.trim() || tr('groupUnnamed'));
    const p = projected?.[i];
    if (projected) {
      setText(r.facts, p && p.subsidised > 0
        ? tr('groupFacts', { workers: num(p.subsidised), months: String(p.months), cost: money(p.funderCost) })
        : tr('groupFactsNone'));
      setText(r.why, groupWhy(p));
    }
    const shown = r.errors.some((e) => e.firstChild);
    const wrong = r.errors.some((e) => e.firstChild && !e.classList.contains('needed'));
    const flag = r.flag;
    setText(flag, wrong ? tr('groupFlagError') : shown ? tr('groupFlagNeeded') : '');
    const cls = `group-flag${wrong ? ' is-error' : shown ? ' is-needed' : ''}`;
    if (flag.className !== cls) flag.className = cls;
    if (wrong && card.dataset.wrong !== 'true') card.open = true;
    if (card.dataset.wrong !== String(wrong)) card.dataset.wrong = String(wrong);
  }
}

/** A group row's parts that every edit updates, found once per row (a plan can have 1,000 rows). */
const parts = new WeakMap();
function rowParts(card) {
  let r = parts.get(card);
  if (!r) {
    r = { name: card.querySelector('.group-name'), facts: card.querySelector('.group-facts'), why: card.querySelector('.group-why'),
      flag: card.querySelector('.group-flag'), errors: [...card.querySelectorAll('p.error')] };
    parts.set(card, r);
  }
  return r;
}

export function renderGroups() {
  $('plan-groups').replaceChildren(...(view.plan.groups ?? []).map(groupCard));
}

export function fillForm() {
  const plan = view.plan;
  plan.schemaVersion ??= 1;
  plan.groups ??= [];
  for (const input of $('plan-form').querySelectorAll('[data-path]')) {
    const path = input.dataset.path;
    if (input.tagName === 'SELECT' && !getPath(plan, path)) setPath(plan, path, STATIC_DEFAULTS[path]);
    input.value = asText(getPath(plan, path));
  }
  renderGroups();
  showRegion();
}

function onInput(e) {
  const target = e.target;
  if (target.dataset.path) {
    setPath(view.plan, target.dataset.path, target.value);
  } else if (target.dataset.key) {
    const i = Number(target.closest('.group-card').dataset.index);
    view.plan.groups[i][target.dataset.key] = target.value;
  } else {
    return;
  }
  leavePreset();
  changed();
}

/** An edit leaves the preset: the picker says none, its card goes (written only when shown). */
function leavePreset() {
  const select = $('plan-preset');
  if (select.value !== '') select.value = '';
  setHidden($('plan-preset-info'), true);
}

function onGroupAction(e) {
  const act = e.target.closest('[data-act]')?.dataset.act;
  if (!act) return;
  const i = Number(e.target.closest('.group-card').dataset.index);
  if (act === 'dup') {
    const copy = structuredClone(view.plan.groups[i]);
    view.plan.groups.splice(i + 1, 0, copy);
    openGroups.add(copy);
  }
  if (act === 'del') view.plan.groups.splice(i, 1);
  renderGroups();
  const next = $('plan-groups').querySelector(`.group-card[data-index="${i}"]`);
  const focus = act === 'dup' ? $(`plan-groups-${i + 1}-name`)
    : (next ? (next.open ? $(`plan-groups-${i}-name`) : next.querySelector('summary')) : $('plan-add-group'));
  focus?.focus();
  changed();
}

function addGroup() {
  const g = { name: '', workers: '', months: '12', ...GROUP_DEFAULTS };
  view.plan.groups.push(g);
  openGroups.add(g);
  renderGroups();
  $(`plan-groups-${view.plan.groups.length - 1}-name`).focus();
  changed();
}

/**
 * Why a scenario from a link or a file is refused before a field is built from it (its groups
 * or alternatives over Rust's limits, from `defaults().limits`), or null. Counting is all it
 * does: a link with 5,000 groups is refused at once, not after building 45,000 inputs.
 */
export function refusal(scenario) {
  const { groups: maxGroups, alternatives: maxAlternatives } = view.limits;
  const alternatives = scenario.alternatives;
  if (Array.isArray(alternatives) && alternatives.length > maxAlternatives) {
    return tr('tooManyAlternatives', { n: num(alternatives.length), max: num(maxAlternatives) });
  }
  const plans = [scenario, ...(Array.isArray(alternatives) ? alternatives.map((a) => a?.scenario) : [])];
  for (const p of plans) {
    if (p?.groups == null) continue;
    if (!Array.isArray(p.groups)) return tr('notAScenario');
    if (p.groups.length > maxGroups) return tr('tooManyGroups', { n: num(p.groups.length), max: num(maxGroups) });
  }
  return null;
}

// ---- presets ---------------------------------------------------------------------------------

export function fillPresetOptions() {
  const select = $('plan-preset');
  const keep = select.value;
  const none = el('option', tr('presetNone'));
  none.value = '';
  const blank = el('option', tr('presetBlank'));
  blank.value = BLANK;
  select.replaceChildren(none, blank, ...view.presets.map((p) => {
    const o = el('option', p.name);
    o.value = p.id;
    return o;
  }));
  select.value = keep;
}

export function showPresetInfo(id) {
  const p = view.presets.find((x) => x.id === id);
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
    const text = (ui.lang === 'id' ? c.noteId : c.noteEn)
      ?? tr(c.agrees ? 'checkAgrees' : 'checkDiffers', { stated: pct(c.statedPct), computed: pct(c.computedPct) });
    return el('li', `${ui.lang === 'id' ? c.labelId : c.labelEn}: ${text}`, c.agrees ? 'agrees' : 'differs');
  }));
}

/**
 * Another scenario takes the editor's place (a preset, a blank start, an imported or restored
 * file): the results of the one before must not stay on screen under it.
 */
function start(scenario) {
  view.root = scenario;
  view.plan = scenario;
  view.editing = -1;
  view.lastGood = null;
  fillForm();
  view.onReplace();
}

/**
 * Replaces the scenario (a restored, imported or linked one) and redraws; returns false, having
 * said why beside the plan's status and built nothing, when it is over the limits.
 */
export function replacePlan(scenario) {
  const refused = refusal(scenario);
  if (refused) {
    $('plan-status').textContent = refused;
    return false;
  }
  leavePreset();
  start(scenario);
  changed();
  return true;
}

/** New target groups for the plan being edited (imported from a spreadsheet): an edit. */
export function replaceGroups(groups) {
  view.plan.groups = groups;
  leavePreset();
  renderGroups();
  changed();
}

export function loadPreset(id) {
  const p = view.presets.find((x) => x.id === id);
  if (!p) return;
  $('plan-preset').value = id;
  start(structuredClone(p.scenario));
  showPresetInfo(id);
  changed();
}

/** "Mulai kosong": nothing of any region, no groups; the form then asks for what it needs. */
export function loadBlank() {
  $('plan-preset').value = BLANK;
  $('plan-preset-info').hidden = true;
  start({ schemaVersion: 1, region: {}, workforce: {}, current: {}, groups: [], settings: {} });
  changed();
}

/** Follows typing, group editing and the preset picker. */
export function listen() {
  const form = $('plan-form');
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('plan-groups').addEventListener('click', onGroupAction);
  $('plan-add-group').addEventListener('click', addGroup);
  // The region picker (its own module) edits the scenario's region and workforce: an edit.
  setupRegionPicker({ edited: () => { fillForm(); leavePreset(); changed(); }, redrawGroups: renderGroups });
  $('plan-preset').addEventListener('change', (e) => {
    if (e.target.value === BLANK) loadBlank();
    else if (e.target.value) loadPreset(e.target.value);
  });
}
