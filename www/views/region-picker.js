// The region picker of the planning view: a combobox over the Kemendagri list (38 provinces, 514
// regencies and cities). Picking a region fills the scenario's region (name, level, code, parent)
// and shows its population with source and date, and the labelled workforce estimate, which the
// user takes or overwrites. Nothing of the list is in the page's first load: the full wasm module
// and www/data/wilayah.txt are fetched when the picker is first used (the service worker keeps
// them for offline use afterwards). Search, formatting and the formula are Rust's (`Regions`).
import { apply } from '../i18n.js';
import { $, ui, engine, el, date, msg, num, translator } from '../ui.js';
import { view } from './plan-state.js';

export const strings = {
  id: {
    rpLabel: 'Cari wilayah di daftar Kemendagri',
    rpHint: 'Ketik nama kabupaten, kota atau provinsi (mis. gianyar, kota mataram, ntb) atau kodenya. Daftar dimuat saat pertama dipakai, lalu tersedia tanpa internet.',
    rpOptions: 'Wilayah yang cocok',
    rpLoading: 'Memuat daftar wilayah…',
    rpLoadFailed: 'Daftar wilayah tidak dapat dimuat ({detail}). Isi nama wilayah sendiri, atau coba lagi.',
    rpNone: 'Tidak ada wilayah yang cocok dengan “{q}”.',
    rpCount: '{n} wilayah cocok. Panah atas/bawah untuk memilih, Enter untuk memakai.',
    rpPicked: '{name} dipilih: nama, tingkat dan kode wilayah diisi.',
    rpCode: 'kode {code}',
    rpIn: 'di {parent}',
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
    rpShowData: 'Tampilkan penduduk dan perkiraan tenaga kerja',
    rpUnlink: 'Lepaskan dari daftar',
    rpUnlinked: 'Wilayah tidak lagi terkait dengan daftar Kemendagri; isian tetap.',
    rpEstimateSourceText: 'Perkiraan tenaga kerja: penduduk (Dukcapil) × bagian penduduk bekerja nasional (BPS, Sakernas Agustus 2025)',
  },
  en: {
    rpLabel: 'Find the region in the Kemendagri list',
    rpHint: 'Type a regency, city or province (e.g. gianyar, kota mataram, ntb) or its code. The list loads when first used, then works offline.',
    rpOptions: 'Matching regions',
    rpLoading: 'Loading the region list…',
    rpLoadFailed: 'The region list could not be loaded ({detail}). Type the region name yourself, or try again.',
    rpNone: 'No region matches “{q}”.',
    rpCount: '{n} regions match. Up/down arrows to choose, Enter to use.',
    rpPicked: '{name} picked: the region name, level and code are filled in.',
    rpCode: 'code {code}',
    rpIn: 'in {parent}',
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
    rpShowData: 'Show the population and the workforce estimate',
    rpUnlink: 'Unlink from the list',
    rpUnlinked: 'The region is no longer linked to the Kemendagri list; the fields stay as they are.',
    rpEstimateSourceText: 'Workforce estimate: population (Dukcapil) × national share of people employed (BPS, Sakernas August 2025)',
  },
};

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

let hooks = { edited: () => {} };
let matches = [];
let active = -1;
let detail = null;  // the RegionDetail of the region shown, when loaded
let node = null;

const input = () => $('plan-region-search');
const list = () => $('plan-region-options');
const status = (text) => { $('plan-region-search-status').textContent = text; };

function build() {
  const field = el('div', null, 'field region-picker');
  field.id = 'plan-region-picker';
  const label = el('label');
  label.htmlFor = 'plan-region-search';
  label.dataset.i18n = 'rpLabel';
  const box = el('div', null, 'combo');
  const search = el('input');
  Object.assign(search, { id: 'plan-region-search', type: 'text', autocomplete: 'off', spellcheck: false });
  search.setAttribute('role', 'combobox');
  search.setAttribute('aria-autocomplete', 'list');
  search.setAttribute('aria-expanded', 'false');
  search.setAttribute('aria-controls', 'plan-region-options');
  search.setAttribute('aria-describedby', 'plan-region-search-hint plan-region-code-error');
  const options = el('ul', null, 'combo-options');
  options.id = 'plan-region-options';
  options.setAttribute('role', 'listbox');
  options.dataset.i18nAttr = 'aria-label:rpOptions';
  options.hidden = true;
  box.append(search, options);
  const hint = el('p', null, 'hint');
  hint.id = 'plan-region-search-hint';
  hint.dataset.i18n = 'rpHint';
  const live = el('p', null, 'status');
  live.id = 'plan-region-search-status';
  live.setAttribute('role', 'status');
  const error = el('p', null, 'error');
  error.id = 'plan-region-code-error';
  error.setAttribute('aria-live', 'polite');
  const picked = el('div', null, 'region-picked');
  picked.id = 'plan-region-picked';
  picked.hidden = true;
  field.append(label, box, hint, live, error, picked);
  return field;
}

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
  document.body.dataset.regionMatches = String(matches.length);
}

function onSearchInput() {
  const query = input().value;
  if (loadedRegions()) { showMatches(query); return; }
  status(tr('rpLoading'));
  loadRegions().then(() => { if (input().value === query || input().value) showMatches(input().value); })
    .catch((err) => { console.warn(err); status(tr('rpLoadFailed', { detail: String(err?.message ?? err) })); });
}

function onKeydown(e) {
  const n = matches.length;
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    if (list().hidden) { if (input().value.trim()) showMatches(input().value); if (!list().hidden && n) setActive(0); return; }
    if (n) setActive((active + 1) % n);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (!list().hidden && n) setActive(active <= 0 ? n - 1 : active - 1);
  } else if (e.key === 'Enter') {
    e.preventDefault(); // never submits the form
    if (!list().hidden && n) pick(matches[Math.max(active, 0)]);
  } else if (e.key === 'Escape') {
    if (!list().hidden) { e.preventDefault(); close(); } else if (input().value) { e.preventDefault(); input().value = ''; status(''); }
  }
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
  detail = null;
  hooks.edited();
  input().focus();
}

// ---- the region picked: population, counts and the labelled estimate -------------------------

/** The detail of the scenario's region from the index (null when not loaded or not found). */
function regionDetail(code) {
  const r = loadedRegions();
  if (!r || !code) return null;
  if (detail?.code === code) return detail;
  const res = r.region({ code, lang: ui.lang });
  detail = res.ok ? res.region : null;
  if (!res.ok) $('plan-region-code-error').textContent = res.errors.map(msg).join(' ');
  return detail;
}

function estimateStatus(est) {
  const total = view.plan?.workforce?.total;
  if (total == null || String(total).trim() === '') return tr('rpEstimateOpen');
  if (String(total) === String(est.value)) return tr('rpEstimateUsed');
  return tr('rpEstimateOwn', { n: String(total) });
}

/** Shows the scenario's picked region (or nothing when it has no code). */
export function showRegion() {
  if (!node) return;
  const box = $('plan-region-picked');
  const region = view.plan?.region ?? {};
  const code = typeof region.code === 'string' ? region.code.trim() : '';
  document.body.dataset.regionCode = code;
  if (!code) { box.hidden = true; box.replaceChildren(); detail = null; return; }
  if (detail && detail.code !== code) detail = null;
  if (detail && detail.populationText && ui.lang !== detail.lang) detail = null; // numbers in the page's language
  const d = regionDetail(code);
  if (d) d.lang = ui.lang;
  const head = el('p', null, 'region-picked-head');
  head.append(el('strong', d?.name ?? region.name ?? code), el('span', ` · ${tr('rpCode', { code })}`));
  const parent = d?.parentName ?? region.parent;
  if (parent) head.append(el('span', ` · ${tr('rpIn', { parent })}`));
  const unlink = el('button', tr('rpUnlink'), 'secondary small');
  unlink.type = 'button';
  unlink.id = 'plan-region-unlink';
  unlink.addEventListener('click', () => {
    delete view.plan.region.code;
    delete view.plan.region.parent;
    status(tr('rpUnlinked'));
    hooks.edited();
    input().focus();
  });
  const parts = [head];
  if (!d) {
    const show = el('button', tr('rpShowData'), 'secondary small');
    show.type = 'button';
    show.id = 'plan-region-show';
    show.addEventListener('click', () => {
      status(tr('rpLoading'));
      loadRegions().then(() => { status(''); showRegion(); $('plan-region-population')?.focus(); })
        .catch((err) => status(tr('rpLoadFailed', { detail: String(err?.message ?? err) })));
    });
    parts.push(el('p', null, 'buttons'));
    parts.at(-1).append(show, unlink);
    box.replaceChildren(...parts);
    box.hidden = false;
    return;
  }
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
  parts.push(pop, sourceLine, el('p', counts, 'region-counts'));
  const est = d.workforceEstimate;
  if (est) {
    const box2 = el('div', null, 'region-estimate');
    box2.id = 'plan-region-estimate';
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
      hooks.edited();
      $('plan-region-estimate-status')?.focus();
    });
    const st = el('p', estimateStatus(est), 'status');
    st.id = 'plan-region-estimate-status';
    st.tabIndex = -1;
    st.setAttribute('role', 'status');
    const buttons = el('p', null, 'buttons');
    buttons.append(use, unlink);
    box2.append(title, formula, cite, note, buttons, st);
    parts.push(box2);
  } else {
    const buttons = el('p', null, 'buttons');
    buttons.append(unlink);
    parts.push(buttons);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

/** Follows the workforce field: says whether the estimate or the user's own figure is used. */
function followWorkforce() {
  const est = detail?.workforceEstimate;
  const st = $('plan-region-estimate-status');
  if (est && st) st.textContent = estimateStatus(est);
}

/** Language changed: relabel the picker and redraw the region shown. */
export function relabel() {
  if (!node) return;
  apply(node, ui.lang, strings);
  detail = null;
  showRegion();
  if (!list().hidden) showMatches(input().value);
}

/**
 * Puts the picker at the top of the region's fields. `edited` is the form's: the scenario's
 * region or workforce changed here, so show it in the fields and treat it as an edit.
 */
export function setupRegionPicker({ edited }) {
  hooks = { edited };
  if (node) return;
  node = build();
  const grid = $('plan-region-name').closest('.grid');
  grid.before(node);
  apply(node, ui.lang, strings);
  const search = input();
  search.addEventListener('input', onSearchInput);
  search.addEventListener('focus', () => { loadRegions().catch(() => {}); }, { once: true });
  search.addEventListener('keydown', onKeydown);
  search.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== search) close(); }, 150));
  list().addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the box
  list().addEventListener('click', (e) => {
    const li = e.target.closest('[role=option]');
    const m = li && matches.find((x) => x.code === li.dataset.code);
    if (m) pick(m);
  });
  // After the form's own listener (registered before), which has put the value in the scenario.
  $('plan-form').addEventListener('input', (e) => { if (e.target.id === 'plan-workforce-total') followWorkforce(); });
  showRegion();
}
