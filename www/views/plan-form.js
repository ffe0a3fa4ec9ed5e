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
  select.replaceChildren(...view.fundingSources.map((s) => h('option', { value: s.id }, ui.lang === 'id' ? s.labelId : s.labelEn)));
  if (current) select.value = current;
}

/**
 * An element: `h('div.field.wide', { for: 'x' }, child, 'text', …)`. The planning view's
 * markup that index.html does not carry (every first load fetches that file) is built with it.
 */
export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split('.');
  const e = document.createElement(name);
  if (classes.length) e.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, v);
  e.append(...children.filter((c) => c != null)); // as el(): a missing text writes nothing
  return e;
}

/** `<option value data-i18n>` for each `[value, label key]`. */
const options = (pairs) => pairs.map(([value, key]) => h('option', { value, 'data-i18n': key }));
export const PACKAGES = [['bpuBasic', 'pkgBasic'], ['bpuJht', 'pkgJht'], ['puWage', 'pkgWage']];

/**
 * A group's fields: key, label, what follows the control (e an error box, n a notice, h the start
 * month's hint; w a field across the row), and the input's mode and placeholder or the select's
 * options.
 */
const GROUP_FIELDS = [
  ['name', 'gName', 'we'], ['workers', 'gWorkers', 'en', 'numeric'], ['covered', 'gCovered', 'e', 'numeric', '0'],
  ['package', 'gPackage', 'w', PACKAGES], ['income', 'gIncome', 'e', 'numeric', '1.000.000'],
  ['months', 'gMonths', 'e', 'numeric', '12'], ['governmentShare', 'gShare', 'e', 'decimal', '100'], ['source', 'gSource', 'w', []],
  ['workerType', 'gWorkerType', 'w', [['other', 'wtOther'], ['transport', 'wtTransport']]], ['startYear', 'gStart', 'e', 'numeric'],
  ['startMonth', 'gStartMonth', 'he', 'numeric', '—'], ['villages', 'gVillages', 'en', 'numeric'], ['workersPerVillage', 'gPerVillage', 'e', 'numeric'],
];

/**
 * A field of a group's payment (the group rows', the solve panels'): its label, its control with
 * the id `id` (the div's second child), and the boxes its flags ask for (`…-error`, `…-notice`),
 * which describe it. The spec is shaped as a GROUP_FIELDS entry.
 */
export function field(id, [, label, flags, mode, placeholder]) {
  const control = Array.isArray(mode) ? h('select', null, ...options(mode)) : h('input', { autocomplete: 'off' });
  control.id = id;
  if (placeholder) control.placeholder = placeholder;
  if (typeof mode === 'string') control.inputMode = mode;
  const after = flags.includes('h') ? [h('p.hint', { 'data-i18n': 'gStartMonthHint' })] : [];
  const described = [];
  for (const [flag, cls] of [['e', 'error'], ['n', 'notice']]) {
    if (flags.includes(flag)) after.push(h(`p.${cls}`, { 'aria-live': 'polite', id: `${id}-${cls}` })), described.push(`${id}-${cls}`);
  }
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  return h(flags.includes('w') ? 'div.field.wide' : 'div.field', null, h('label', { 'data-i18n': label, for: id }), control, ...after);
}

/** Group `i`'s field for `key`, holding `g`'s value (ids `plan-groups-<i>-<key>`, …). */
function groupField(i, g, spec) {
  const [key] = spec;
  const div = field(`plan-groups-${i}-${key}`, spec);
  const control = div.children[1];
  control.dataset.key = key; // what onInput writes into
  if (key === 'source') fillSourceOptions(control);
  control.value = asText(g[key]);
  return div;
}

/**
 * A target group's row: its summary (number, name, one-line facts, flag) now, its fields when it
 * is first opened (`withFields`), so that a plan of many groups draws and lays out summaries only.
 */
function groupCard(g, i) {
  const n = i + 1;
  const node = h('details.group-card', { 'data-index': String(i) },
    h('summary.group-row', null, h('span.group-title', null, h('span.group-n', { 'aria-hidden': 'true' }, `${n}.`),
      h('span.sr-only', null, tr('groupTitle', { n }))), ' ', h('span.group-name', null, g.name?.trim() || tr('groupUnnamed')),
    ' ', h('span.group-facts'), h('span.group-flag')));
  for (const key of Object.keys(GROUP_DEFAULTS)) g[key] ||= GROUP_DEFAULTS[key];
  // A click on the summary comes before the row opens: its fields are there when it shows.
  node.firstChild.addEventListener('click', () => withFields(node));
  node.addEventListener('toggle', () => { if (node.open) openGroups.add(g); else openGroups.delete(g); });
  if (openGroups.has(g)) {
    withFields(node);
    node.open = true;
  }
  return node;
}

/** Builds a group row's fields (once): filled from its group, labelled, with its region's villages. */
function withFields(card) {
  if (card.lastChild.tagName === 'FIELDSET') return card;
  const i = Number(card.dataset.index);
  const g = view.plan.groups[i];
  const n = i + 1;
  const dup = h('button.secondary', { type: 'button', 'data-act': 'dup', 'aria-label': tr('dupGroupLabel', { n }) }, tr('dupGroup'));
  const del = h('button.secondary.danger', { type: 'button', 'data-act': 'del', 'aria-label': tr('delGroupLabel', { n }) }, tr('delGroup'));
  const fields = h('fieldset.group-fields', null, h('legend.sr-only', null, tr('groupTitle', { n })),
    h('p.group-why', null, parts.get(card)?.whyText ?? ''), h('div.grid', null, ...GROUP_FIELDS.map((f) => groupField(i, g, f))), h('div.row-actions', null, dup, del));
  apply(fields, ui.lang, strings);
  card.append(fields);
  const r = parts.get(card); // the parts an edit updates: now with the fields' own
  if (r) Object.assign(r, { why: fields.querySelector('.group-why'), errors: [...fields.querySelectorAll('p.error')] });
  decorateGroup(card, g, i); // the region picker's: the region's real villages
  return card;
}

/** Group rows whose fields hold one of `paths` (`groups.<i>.…`): their fields built, for its message. */
export function groupFieldsFor(paths) {
  const cards = $('plan-groups').children;
  for (const path of paths) {
    const i = /^groups\.(\d+)\./.exec(path)?.[1];
    if (i != null && cards[i]) withFields(cards[i]);
  }
}

/**
 * Which groups are open for editing (the group objects themselves, so that the state follows a
 * group when another is removed above it; nothing of it goes into the scenario or the link).
 */
const openGroups = new WeakSet();

/** Opens the group row (or any closed part) around a field and focuses the field. */
export function reveal(id) {
  groupFieldsFor([id.slice(5).replaceAll('-', '.')]); // plan-groups-2-workers: groups.2.workers
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
      r.whyText = groupWhy(p); // kept for the fields of a row not yet opened
      setText(r.why, r.whyText);
    }
    const shown = r.errors.some((e) => e.firstChild);
    const wrong = r.errors.some((e) => e.firstChild && !e.classList.contains('needed'));
    const flag = r.flag;
    setText(flag, wrong ? tr('groupFlagError') : shown ? tr('groupFlagNeeded') : '');
    const cls = `group-flag${wrong ? ' is-error' : shown ? ' is-needed' : ''}`;
    if (flag.className !== cls) flag.className = cls;
    if (wrong && card.dataset.wrong !== 'true') withFields(card).open = true;
    if (card.dataset.wrong !== String(wrong)) card.dataset.wrong = String(wrong);
  }
}

/**
 * A group row's parts that every edit updates, found once per row (a plan can have 1,000 rows);
 * a row not yet opened has no why nor error boxes.
 */
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
  select.replaceChildren(h('option', { value: '' }, tr('presetNone')), h('option', { value: BLANK }, tr('presetBlank')),
    ...view.presets.map((p) => h('option', { value: p.id }, p.name)));
  select.value = keep;
}

export function showPresetInfo(id) {
  const p = view.presets.find((x) => x.id === id);
  $('plan-preset-info').hidden = !p;
  if (!p) return;
  $('plan-preset-source').textContent = tr('presetSource', { outlet: p.source.outlet, date: p.source.date, title: p.source.title });
  $('plan-preset-note').textContent = ui.lang === 'id' ? p.noteId : p.noteEn;
  $('plan-preset-figures').replaceChildren(...p.figures.map((f) => h('li', null, el('span', `${ui.lang === 'id' ? f.labelId : f.labelEn}: `),
    el('strong', ui.lang === 'id' ? f.valueId : f.valueEn), el('span', ` (${tr(f.kind)})`, `tag tag-${f.kind}`))));
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
