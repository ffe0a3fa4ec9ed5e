// The region picker as the planning view opens: the combobox, and the region a scenario names by
// its code. The rest (list, search, population, estimate, villages) is region-list.js, loaded with
// the full module and data/wilayah.txt on first use (then kept offline by the service worker).
import { apply } from '../i18n.js';
import { $, ui, el, translator } from '../ui.js';
import { view } from './plan-state.js';

export const strings = {
  id: {
    rpLabel: 'Cari wilayah di daftar Kemendagri',
    rpHint: 'Kabupaten, kota atau provinsi, mis. gianyar, kota mataram, ntb, atau kode 51.04. Tersedia juga tanpa internet setelah dipakai sekali.',
    rpOptions: 'Wilayah yang cocok',
    rpLoading: 'Memuat daftar wilayah…',
    rpLoadFailed: 'Daftar wilayah tidak dapat dimuat ({detail}). Isi nama wilayah sendiri, atau coba lagi.',
    rpCode: 'kode {code}',
    rpIn: 'di {parent}',
    rpShowData: 'Tampilkan penduduk dan perkiraan tenaga kerja',
    rpUnlink: 'Lepaskan dari daftar',
    rpUnlinked: 'Wilayah tidak lagi terkait dengan daftar Kemendagri; isian tetap.',
    rpNational: 'Target nasional (RPJMN, RKP, RPJPN) dan dasar angka bawaan',
  },
  en: {
    rpLabel: 'Find the region in the Kemendagri list',
    rpHint: 'A regency, city or province, e.g. gianyar, kota mataram, ntb, or code 51.04. Works offline once used.',
    rpOptions: 'Matching regions',
    rpLoading: 'Loading the region list…',
    rpLoadFailed: 'The region list could not be loaded ({detail}). Type the region name yourself, or try again.',
    rpCode: 'code {code}',
    rpIn: 'in {parent}',
    rpShowData: 'Show the population and the workforce estimate',
    rpUnlink: 'Unlink from the list',
    rpUnlinked: 'The region is no longer linked to the Kemendagri list; the fields stay as they are.',
    rpNational: 'National targets (RPJMN, RKP, RPJPN) and what the defaults rest on',
  },
};

export const tr = translator(strings);

/** What the two halves share: the picker's node, the form's hook, the rest once loaded. */
export const picker = { node: null, edited: () => {}, redrawGroups: () => {}, more: null };
let loadingMore = null;

/** The rest of the picker (region-list.js), loaded once on first use. */
export function loadMore() {
  if (picker.more) return Promise.resolve(picker.more);
  loadingMore ??= import('./region-list.js').then((m) => { m.setup(); picker.more = m; return m; })
    .finally(() => { loadingMore = null; });
  return loadingMore;
}

export const status = (text) => { $('plan-region-search-status').textContent = text; };
const failed = (err) => { console.warn(err); status(tr('rpLoadFailed', { detail: String(err?.message ?? err) })); };

/** An element with attributes. */
function make(tag, cls, attrs) {
  const e = el(tag, null, cls);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function build() {
  const field = make('div', 'field region-picker', { id: 'plan-region-picker' });
  const box = el('div', null, 'combo');
  box.append(
    make('input', null, { id: 'plan-region-search', type: 'text', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'plan-region-options',
      'aria-describedby': 'plan-region-search-hint plan-region-code-error' }),
    make('ul', 'combo-options', { id: 'plan-region-options', role: 'listbox', 'data-i18n-attr': 'aria-label:rpOptions', hidden: '' }));
  field.append(make('label', null, { for: 'plan-region-search', 'data-i18n': 'rpLabel' }), box,
    make('p', 'hint', { id: 'plan-region-search-hint', 'data-i18n': 'rpHint' }),
    make('p', 'status', { id: 'plan-region-search-status', role: 'status' }),
    make('p', 'error', { id: 'plan-region-code-error', 'aria-live': 'polite' }),
    make('div', 'region-picked', { id: 'plan-region-picked', hidden: '' }));
  return field;
}

/** `Kabupaten Gianyar · kode 51.04 · di Bali`. */
export function headLine(name, code, parent) {
  const head = el('p', null, 'region-picked-head');
  head.append(el('strong', name || code), el('span', ` · ${tr('rpCode', { code })}`));
  if (parent) head.append(el('span', ` · ${tr('rpIn', { parent })}`));
  return head;
}

/** "Lepaskan dari daftar": the scenario keeps its fields and drops the code. */
export function unlinkButton() {
  const unlink = el('button', tr('rpUnlink'), 'secondary small');
  unlink.type = 'button';
  unlink.id = 'plan-region-unlink';
  unlink.addEventListener('click', () => {
    delete view.plan.region.code;
    delete view.plan.region.parent;
    status(tr('rpUnlinked'));
    picker.edited();
    $('plan-region-search').focus();
  });
  return unlink;
}

/** The scenario's region code, or ''. */
export const regionCode = () => {
  const code = view.plan?.region?.code;
  return typeof code === 'string' ? code.trim() : '';
};

/** Shows the region the scenario names by its code (nothing when it has none). */
export function showRegion() {
  if (!picker.node) return;
  const box = $('plan-region-picked');
  const code = regionCode();
  document.body.dataset.regionCode = code;
  if (!code) { box.hidden = true; box.replaceChildren(); return; }
  if (picker.more?.showDetail(code)) return; // with population, counts and estimate
  // The list not loaded: the scenario's own name, code and province; the data on request.
  const region = view.plan.region;
  const show = el('button', tr('rpShowData'), 'secondary small');
  show.type = 'button';
  show.id = 'plan-region-show';
  show.addEventListener('click', () => {
    status(tr('rpLoading'));
    loadMore().then((m) => m.loadRegions()).then(() => {
      status('');
      showRegion();
      $('plan-region-population')?.focus();
    }).catch(failed);
  });
  const buttons = el('p', null, 'buttons');
  buttons.append(show, unlinkButton());
  box.replaceChildren(headLine(region.name, code, region.parent), buttons);
  box.hidden = false;
}

const filled = (v) => v != null && String(v).trim() !== '';

/**
 * The form's hook for a target group's card: a per-village group of a region picked from the
 * list can count the region's real villages (region-list.js, loaded for it).
 */
export function decorateGroup(card, g, i) {
  if (picker.more) { picker.more.decorateGroup(card, g, i); return; }
  // A row's fields are built when it is first opened: once the list's module is here, that row
  // alone gains its villages (redrawing every row would take the focus from the one opened).
  if (picker.node && regionCode() && (g.villageSet || filled(g.villages) || filled(g.workersPerVillage))) {
    loadMore().then((more) => { if (card.isConnected) more.decorateGroup(card, g, i); }).catch(() => {});
  }
}

/** Language changed: relabel the picker and redraw the region shown. */
export function relabel() {
  if (!picker.node) return;
  apply(picker.node, ui.lang, strings);
  apply($('plan-national'), ui.lang, strings);
  picker.more?.relabel();
  showRegion();
}

/**
 * Puts the picker at the top of the region's fields. `edited` is the form's: the scenario's
 * region, workforce or groups changed here, so show it in the fields and treat it as an edit;
 * `redrawGroups` redraws the group cards (once the list is there, with the region's counts).
 */
export function setupRegionPicker({ edited, redrawGroups }) {
  picker.edited = edited;
  picker.redrawGroups = redrawGroups;
  if (picker.node) return;
  picker.node = build();
  $('plan-region-name').closest('.grid').before(picker.node);
  apply(picker.node, ui.lang, strings);
  const search = $('plan-region-search');
  const withMore = (f) => loadMore().then(f).catch(failed);
  search.addEventListener('focus', () => { loadMore().then((m) => m.loadRegions()).catch(() => {}); }, { once: true });
  search.addEventListener('input', () => withMore((m) => m.onSearchInput()));
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') e.preventDefault(); // never submits the form
    picker.more?.onKeydown(e);
  });
  search.addEventListener('blur', () => picker.more?.onBlur());
  showRegion();
  picker.redrawGroups(); // the cards were drawn before the picker was there
  // The national targets and the defaults' bases (national.js), when first opened.
  const national = make('details', 'field wide national', { id: 'plan-national' });
  national.append(make('summary', null, { 'data-i18n': 'rpNational' }));
  $('plan-target-year').closest('.field').after(national);
  apply(national, ui.lang, strings);
  national.addEventListener('toggle', () => {
    if (national.open) import('./national.js').then((m) => m.open(national, picker)).catch(failed);
  });
}
