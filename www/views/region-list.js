// The region picker's list and details (region-picker.js loads it on first use): the search
// over the Kemendagri list, the keyboard, picking, and a region's population with source and
// date, counts and the labelled workforce estimate to take or overwrite. Search, formatting and
// the formula are Rust's (`Regions` of the full module, over www/data/wilayah.txt).
import { $, ui, engine, el, date, msg, num, translator, showFieldError } from '../ui.js';
import { view, pickerStrings as stub, picker, status, headLine, unlinkButton, showRegion } from './plan.js';

const own = {
  id: {
    rpNone: 'Tidak ada wilayah yang cocok dengan “{q}”.',
    rpCount: '{n} wilayah cocok. Panah atas/bawah untuk memilih, Enter untuk memakai.',
    rpPicked: '{name} dipilih: nama, tingkat dan kode wilayah diisi.',
    rpPopulation: 'Penduduk: {n} jiwa',
    rpPopulationSource: 'Sumber: {source}; keadaan {date}.',
    rpSourcing_published: 'dari publikasinya',
    rpSourcing_reported: 'menurut pemberitaan',
    rpSourcing_unconfirmed: 'sumber dan tanggal disimpulkan, belum dikonfirmasi',
    rpCounts: '{districts} kecamatan · {desa} desa · {kelurahan} kelurahan',
    rpCountsAdat: ' · {adat} desa adat',
    rpRegencies: '{n} kabupaten/kota',
    rpFormula: 'Cara menghitung: {formula}',
    rpEmployedSource: 'Sumber penduduk bekerja: {regulation}. {article}.',
    rpUseEstimate: 'Pakai perkiraan ini sebagai jumlah pekerja',
    rpEstimateUsed: 'Jumlah pekerja diisi dengan perkiraan ini (bukan data resmi). Ganti dengan angka BPS daerah bila ada.',
    rpEstimateOwn: 'Jumlah pekerja yang Anda isi ({n}) dipakai, bukan perkiraan ini.',
    rpEstimateOpen: 'Perkiraan belum dipakai: pakai dengan tombol ini, atau isi jumlah pekerja sendiri.',
    rpEstimateSourceText: 'Perkiraan tenaga kerja: penduduk (Dukcapil) × bagian penduduk bekerja nasional (BPS, Sakernas Agustus 2025)',
    rpSet: 'Desa dari daftar Kemendagri ({name})',
    rpSetNone: '— jumlah desa diisi sendiri —',
    rpSet_desa: 'semua desa',
    rpSet_kelurahan: 'semua kelurahan (tanpa APBDes)',
    rpSet_desaKelurahan: 'semua desa dan kelurahan',
    rpSetList: 'Daftar desa/kelurahan (nama dan kode)',
    rpTableCaption: '{n} {set} di {name} (Kepmendagri 300.2.2-2138/2025)',
    rpTableMore: 'Ditampilkan {shown} pertama dari {n}.',
    rpColCode: 'Kode',
    rpColName: 'Nama',
    rpColDistrict: 'Kecamatan',
    rpColPostal: 'Kode pos',
    rpColWorkers: 'Pekerja dibayar',
    rpWord_desa: 'desa',
    rpWord_kelurahan: 'kelurahan',
    rpWord_desaKelurahan: 'desa dan kelurahan',
  },
  en: {
    rpNone: 'No region matches “{q}”.',
    rpCount: '{n} regions match. Up/down arrows to choose, Enter to use.',
    rpPicked: '{name} picked: the region name, level and code are filled in.',
    rpPopulation: 'Population: {n}',
    rpPopulationSource: 'Source: {source}; as of {date}.',
    rpSourcing_published: 'from the publication',
    rpSourcing_reported: 'as reported',
    rpSourcing_unconfirmed: 'source and date inferred, not confirmed',
    rpCounts: '{districts} districts · {desa} desa · {kelurahan} kelurahan',
    rpCountsAdat: ' · {adat} desa adat',
    rpRegencies: '{n} regencies/cities',
    rpFormula: 'How it is computed: {formula}',
    rpEmployedSource: 'Source of people employed: {regulation}. {article}.',
    rpUseEstimate: 'Use this estimate as the workforce',
    rpEstimateUsed: 'The workforce is this estimate (not official data). Replace it with a regional BPS figure where there is one.',
    rpEstimateOwn: 'The workforce you entered ({n}) is used, not this estimate.',
    rpEstimateOpen: 'The estimate is not used yet: use it with this button, or enter the workforce yourself.',
    rpEstimateSourceText: 'Workforce estimate: population (Dukcapil) × national share of people employed (BPS, Sakernas August 2025)',
    rpSet: 'Villages from the Kemendagri list ({name})',
    rpSetNone: '— number of villages typed —',
    rpSet_desa: 'every desa',
    rpSet_kelurahan: 'every kelurahan (no APBDes)',
    rpSet_desaKelurahan: 'every desa and kelurahan',
    rpSetList: 'List of the villages (names and codes)',
    rpTableCaption: '{n} {set} of {name} (Kepmendagri 300.2.2-2138/2025)',
    rpTableMore: 'The first {shown} of {n} are shown.',
    rpColCode: 'Code',
    rpColName: 'Name',
    rpColDistrict: 'District',
    rpColPostal: 'Postal code',
    rpColWorkers: 'Workers paid for',
    rpWord_desa: 'desa',
    rpWord_kelurahan: 'kelurahan',
    rpWord_desaKelurahan: 'desa and kelurahan',
  },
};

export const strings = { id: { ...stub.id, ...own.id }, en: { ...stub.en, ...own.en } };
const tr = translator(strings);
const MAX_MATCHES = 8;

// ---- the data: the full module's Regions over wilayah.txt, made once (again after a trap) ------

let indexText = null;   // wilayah.txt, once fetched
let regions = null;     // a Regions of the current full-module instance
let regionsOf = null;   // that instance
let loading = null;

/** The region index, loading the full module and wilayah.txt on first use. */
export function loadRegions() {
  if (regions && regionsOf === engine.files) return Promise.resolve(regions);
  loading ??= (async () => {
    const [mod, text] = await Promise.all([
      engine.loadFiles(),
      indexText ?? fetch('data/wilayah.txt').then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      }),
    ]);
    indexText = text;
    const made = new mod.Regions(text);
    const info = made.info();
    if (!info.ok) throw new Error(info.errors.map(msg).join(' '));
    regions = made;
    regionsOf = mod;
    // The list is there: the region shown gains its population, the group cards their counts.
    setTimeout(() => { showRegion(); picker.redrawGroups(); }, 0);
    return made;
  })().finally(() => { loading = null; });
  return loading;
}

/** The region index if it is already loaded (no loading). */
export const loadedRegions = () => (regions && regionsOf === engine.files ? regions : null);

// ---- the combobox -----------------------------------------------------------------------------

let matches = [];
let active = -1;
let detail = null;  // the RegionDetail of the region shown, in `detailLang`
let detailLang = null;

const input = () => $('plan-region-search');
const list = () => $('plan-region-options');

function close() {
  list().hidden = true;
  input().setAttribute('aria-expanded', 'false');
  input().removeAttribute('aria-activedescendant');
  active = -1;
}

function setActive(i) {
  active = i;
  for (const [k, li] of [...list().children].entries()) li.setAttribute('aria-selected', String(k === i));
  const li = list().children[i];
  if (li) {
    input().setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  } else {
    input().removeAttribute('aria-activedescendant');
  }
}

function showMatches(query) {
  const r = loadedRegions();
  if (!r) return;
  const res = r.search({ query, limit: MAX_MATCHES, lang: ui.lang });
  matches = res.ok ? res.matches : [];
  list().replaceChildren(...matches.map((m, i) => {
    const li = el('li', null, 'combo-option');
    li.id = `plan-region-option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.code = m.code;
    const where = [tr('rpCode', { code: m.code }), m.parentName ? tr('rpIn', { parent: m.parentName }) : null,
      tr('rpPopulation', { n: m.populationText })].filter(Boolean).join(' · ');
    li.append(el('span', m.name, 'combo-name'), el('span', where, 'combo-where'));
    return li;
  }));
  const open = query.trim() !== '' && matches.length > 0;
  list().hidden = !open;
  input().setAttribute('aria-expanded', String(open));
  active = -1;
  input().removeAttribute('aria-activedescendant');
  if (!query.trim()) status('');
  else status(matches.length ? tr('rpCount', { n: matches.length }) : tr('rpNone', { q: query.trim().slice(0, 40) }));
}

/** What was typed: matches, once the list is there. */
export function onSearchInput() {
  if (loadedRegions()) { showMatches(input().value); return; }
  status(tr('rpLoading'));
  loadRegions().then(() => showMatches(input().value))
    .catch((err) => { console.warn(err); status(tr('rpLoadFailed', { detail: String(err?.message ?? err) })); });
}

/** Arrows move through the matches, Enter picks, Escape closes (then clears). */
export function onKeydown(e) {
  const n = matches.length;
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    if (list().hidden) {
      if (input().value.trim()) showMatches(input().value);
      if (!list().hidden && n) setActive(0);
      return;
    }
    if (n) setActive((active + 1) % n);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (!list().hidden && n) setActive(active <= 0 ? n - 1 : active - 1);
  } else if (e.key === 'Enter') {
    if (!list().hidden && n) pick(matches[Math.max(active, 0)]);
  } else if (e.key === 'Escape') {
    if (!list().hidden) { e.preventDefault(); close(); } else if (input().value) { e.preventDefault(); input().value = ''; status(''); }
  }
}

export function onBlur() {
  setTimeout(() => { if (document.activeElement !== input()) close(); }, 150);
}

/**
 * Puts the picked region in the scenario: name, level, code and the province it lies in; groups
 * that count the region's villages from the list count the new region's.
 */
function pick(m) {
  const plan = view.plan;
  plan.region ??= {};
  plan.region.name = m.name;
  plan.region.level = m.scenarioLevel;
  plan.region.code = m.code;
  if (m.parentName) plan.region.parent = m.parentName; else delete plan.region.parent;
  const counts = regionDetail(m.code)?.counts;
  for (const g of plan.groups ?? []) if (g.villageSet && counts) g.villages = String(countOf(counts, g.villageSet));
  close();
  input().value = '';
  status(tr('rpPicked', { name: m.name }));
  picker.edited();
  input().focus();
}

// ---- the region picked: population, counts and the labelled estimate -------------------------

/** The detail of a region from the index (null when not loaded or not found). */
export function regionDetail(code) {
  const r = loadedRegions();
  if (!r || !code) return null;
  if (detail?.code === code && detailLang === ui.lang) return detail;
  const res = r.region({ code, lang: ui.lang });
  detail = res.ok ? res.region : null;
  detailLang = ui.lang;
  if (!res.ok) showFieldError($('plan-form'), $('plan-region-code-error'), res.errors.map(msg).join(' '));
  return detail;
}

function estimateStatus(est) {
  const total = view.plan?.workforce?.total;
  if (total == null || String(total).trim() === '') return tr('rpEstimateOpen');
  if (String(total) === String(est.value)) return tr('rpEstimateUsed');
  return tr('rpEstimateOwn', { n: String(total) });
}

function estimateBox(est) {
  const box = el('div', null, 'region-estimate');
  box.id = 'plan-region-estimate';
  const title = el('p');
  title.append(el('strong', `${ui.lang === 'id' ? est.labelId : est.labelEn}: `), el('strong', est.text, 'estimate-value'));
  const formula = el('p', tr('rpFormula', { formula: ui.lang === 'id' ? est.formulaId : est.formulaEn }), 'formula');
  formula.id = 'plan-region-formula';
  const cite = el('p', tr('rpEmployedSource', { regulation: est.employed.citation.regulation, article: est.employed.citation.article }), 'hint');
  const note = el('p', ui.lang === 'id' ? est.noteId : est.noteEn, 'hint');
  const use = el('button', tr('rpUseEstimate'), 'secondary');
  use.type = 'button';
  use.id = 'plan-region-use-estimate';
  use.addEventListener('click', () => {
    const plan = view.plan;
    plan.workforce ??= {};
    plan.workforce.total = est.value;
    plan.workforce.denominator = 'working'; // the estimate counts people employed
    if (!plan.region.source?.trim()) plan.region.source = tr('rpEstimateSourceText');
    picker.edited();
    $('plan-region-estimate-status')?.focus();
  });
  const st = el('p', estimateStatus(est), 'status');
  st.id = 'plan-region-estimate-status';
  st.tabIndex = -1;
  st.setAttribute('role', 'status');
  const buttons = el('p', null, 'buttons');
  buttons.append(use, unlinkButton());
  box.append(title, formula, cite, note, buttons, st);
  return box;
}

/** Shows region `code` with its population, counts and estimate; false when the list is not loaded. */
export function showDetail(code) {
  const d = regionDetail(code);
  if (!d) return false;
  const box = $('plan-region-picked');
  const pop = el('p', tr('rpPopulation', { n: d.populationText }), 'region-population');
  pop.id = 'plan-region-population';
  pop.tabIndex = -1;
  const ps = d.populationSource;
  const sourceLine = el('p', `${tr('rpPopulationSource', { source: ps.source, date: date(ps.date) })} `, 'hint');
  sourceLine.append(el('span', `(${tr(`rpSourcing_${ps.sourcing}`)})`, `tag tag-${ps.sourcing}`));
  sourceLine.title = ui.lang === 'id' ? ps.noteId : ps.noteEn;
  const c = d.counts;
  let counts = tr('rpCounts', { districts: num(c.districts), desa: num(c.desa), kelurahan: num(c.kelurahan) });
  if (c.desaAdat) counts += tr('rpCountsAdat', { adat: num(c.desaAdat) });
  if (d.regencies != null) counts = `${tr('rpRegencies', { n: num(d.regencies) })} · ${counts}`;
  const parts = [headLine(d.name, d.code, d.parentName), pop, sourceLine, el('p', counts, 'region-counts')];
  if (d.workforceEstimate) {
    parts.push(estimateBox(d.workforceEstimate));
  } else {
    const buttons = el('p', null, 'buttons');
    buttons.append(unlinkButton());
    parts.push(buttons);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
  return true;
}

// ---- per-village programs on the region's real villages --------------------------------------

/** The villages a set counts: desa (with desa adat), kelurahan, or all. */
export function countOf(counts, set) {
  if (set === 'kelurahan') return counts.kelurahan;
  if (set === 'desa') return counts.desa + counts.desaAdat;
  return counts.villages;
}

const filled = (v) => v != null && String(v).trim() !== '';
const openLists = new Set(); // groups whose village list is open
const failed = (err) => { console.warn(err); status(tr('rpLoadFailed', { detail: String(err?.message ?? err) })); };
const SETS = ['desa', 'kelurahan', 'desaKelurahan'];
/**
 * The form's hook for a target group's card: for a region picked from the list, a per-village
 * group can count the region's real desa, kelurahan or both (chosen apart: a kelurahan has no
 * APBDes), and list them by name and code.
 */
export function decorateGroup(card, g, i) {
  const code = regionCodeOf();
  if (!code || !(g.villageSet || filled(g.villages) || filled(g.workersPerVillage))) return;
  const id = `plan-groups-${i}-villageSet`;
  const field = el('div', null, 'field wide village-set');
  const label = el('label', tr('rpSet', { name: view.plan.region.name || code }));
  label.htmlFor = id;
  const select = el('select');
  select.id = id;
  const counts = regionDetail(code)?.counts;
  const none = el('option', tr('rpSetNone'));
  none.value = '';
  select.append(none, ...SETS.map((set) => {
    const o = el('option', counts ? `${num(countOf(counts, set))} · ${tr(`rpSet_${set}`)}` : tr(`rpSet_${set}`));
    o.value = set;
    return o;
  }));
  select.value = g.villageSet ?? '';
  select.addEventListener('change', () => loadRegions().then(() => setVillageSet(i, select.value)).catch(failed));
  field.append(label, select);
  if (g.villageSet) {
    const details = el('details', null, 'village-list');
    details.id = `plan-groups-${i}-villageList`;
    details.append(el('summary', tr('rpSetList')));
    details.addEventListener('toggle', () => {
      if (details.open) openLists.add(i); else openLists.delete(i);
      if (details.open && !details.dataset.filled) villageTable(details, g).catch(failed);
    });
    details.open = openLists.has(i); // kept open when the cards are drawn again
    field.append(details);
  }
  card.querySelector('.row-actions').before(field);
}

/** Group `i` counts the region's villages of `set` (or, with '', its own typed number). */
export function setVillageSet(i, set) {
  const g = view.plan.groups[i];
  const counts = regionDetail(regionCodeOf())?.counts;
  if (!g) return;
  if (set && counts) {
    g.villageSet = set;
    g.villages = String(countOf(counts, set));
  } else {
    delete g.villageSet;
  }
  picker.edited();
  document.getElementById(`plan-groups-${i}-villageSet`)?.focus();
}

const regionCodeOf = () => String(view.plan?.region?.code ?? '').trim();
const provinceFiles = new Map(); // province code → its file's text

/** Fills a group's disclosure with the villages it counts, by name and code. */
export async function villageTable(details, g) {
  const code = regionCodeOf();
  const province = code.slice(0, 2);
  const r = await loadRegions();
  let text = provinceFiles.get(province);
  if (!text) {
    const res = await fetch(`data/desa/${province}.txt`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
    provinceFiles.set(province, text);
  }
  const v = r.villages({ code, text });
  if (!v.ok) throw new Error(v.errors.map(msg).join(' '));
  const set = g.villageSet;
  const rows = set === 'kelurahan' ? v.kelurahan : set === 'desa' ? [...v.desa, ...v.desaAdat] : [...v.desa, ...v.desaAdat, ...v.kelurahan];
  if (set === 'desaKelurahan') rows.sort((a, b) => (a.code < b.code ? -1 : 1));
  const MAX_ROWS = 500;
  const table = el('table');
  const caption = el('caption', tr('rpTableCaption', { n: num(rows.length), set: tr(`rpWord_${set}`), name: v.name }));
  const head = el('tr');
  for (const k of ['rpColCode', 'rpColName', 'rpColDistrict', 'rpColPostal', 'rpColWorkers']) head.append(el('th', tr(k)));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr_ = el('tr');
    tr_.append(el('td', row.code), el('td', row.name), el('td', row.districtName), el('td', row.postalCode ?? ''), el('td', String(g.workersPerVillage ?? '')));
    tbody.append(tr_);
  }
  table.append(caption, thead, tbody);
  const wrap = el('div', null, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.append(table);
  details.append(wrap);
  if (rows.length > MAX_ROWS) details.append(el('p', tr('rpTableMore', { shown: num(MAX_ROWS), n: num(rows.length) }), 'hint'));
  details.dataset.filled = 'true';
}

/** Follows the workforce field: says whether the estimate or the user's own figure is used. */
function followWorkforce() {
  const est = detail?.workforceEstimate;
  const st = $('plan-region-estimate-status');
  if (est && st) st.textContent = estimateStatus(est);
}

/** Language changed: the matches open are listed again in it. */
export function relabel() {
  if (!list().hidden) showMatches(input().value);
}

/** Listens to the list and the workforce field (once, when loaded). */
export function setup() {
  list().addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the box
  list().addEventListener('click', (e) => {
    const li = e.target.closest('[role=option]');
    const m = li && matches.find((x) => x.code === li.dataset.code);
    if (m) pick(m);
  });
  // After the form's own listener (registered before), which has put the value in the scenario.
  $('plan-form').addEventListener('input', (e) => { if (e.target.id === 'plan-workforce-total') followWorkforce(); });
}
