// The region picker's list and details (region-picker.js loads it on first use): the search
// over the Kemendagri list, the keyboard, picking, and a region's population with source and
// date, counts and the labelled workforce estimate to take or overwrite. Search, formatting and
// the formula are Rust's (`Regions` of the full module, over www/data/wilayah.txt).
import { $, ui, engine, el, date, msg, num, translator } from '../ui.js';
import { view } from './plan-state.js';
import { strings as stub, picker, status, headLine, unlinkButton, showRegion } from './region-picker.js';

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

/** Puts the picked region in the scenario: name, level, code and the province it lies in. */
function pick(m) {
  const plan = view.plan;
  plan.region ??= {};
  plan.region.name = m.name;
  plan.region.level = m.scenarioLevel;
  plan.region.code = m.code;
  if (m.parentName) plan.region.parent = m.parentName; else delete plan.region.parent;
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
  if (!res.ok) $('plan-region-code-error').textContent = res.errors.map(msg).join(' ');
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
  // Once the list is there, the region shown gains its population and estimate.
  loadRegions().then(() => showRegion()).catch(() => {});
}
