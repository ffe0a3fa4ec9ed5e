// The region picker of the planning view, as it opens: a combobox over the Kemendagri list (38
// provinces, 514 regencies and cities) at the top of the region's fields, and the region a
// scenario names by its code. The rest (the list, the search, a region's population and labelled
// workforce estimate, its villages) is in region-list.js, loaded with the full wasm module and
// www/data/wilayah.txt when the picker is first used; the service worker keeps them for offline
// use afterwards. Nothing of the list is in the page's first load.
import { apply } from '../i18n.js';
import { $, ui, el, translator } from '../ui.js';
import { view } from './plan-state.js';

export const strings = {
  id: {
    rpLabel: 'Cari wilayah di daftar Kemendagri',
    rpHint: 'Ketik nama kabupaten, kota atau provinsi (mis. gianyar, kota mataram, ntb) atau kodenya. Daftar dimuat saat pertama dipakai, lalu tersedia tanpa internet.',
    rpOptions: 'Wilayah yang cocok',
    rpLoading: 'Memuat daftar wilayah…',
    rpLoadFailed: 'Daftar wilayah tidak dapat dimuat ({detail}). Isi nama wilayah sendiri, atau coba lagi.',
    rpCode: 'kode {code}',
    rpIn: 'di {parent}',
    rpShowData: 'Tampilkan penduduk dan perkiraan tenaga kerja',
    rpUnlink: 'Lepaskan dari daftar',
    rpUnlinked: 'Wilayah tidak lagi terkait dengan daftar Kemendagri; isian tetap.',
  },
  en: {
    rpLabel: 'Find the region in the Kemendagri list',
    rpHint: 'Type a regency, city or province (e.g. gianyar, kota mataram, ntb) or its code. The list loads when first used, then works offline.',
    rpOptions: 'Matching regions',
    rpLoading: 'Loading the region list…',
    rpLoadFailed: 'The region list could not be loaded ({detail}). Type the region name yourself, or try again.',
    rpCode: 'code {code}',
    rpIn: 'in {parent}',
    rpShowData: 'Show the population and the workforce estimate',
    rpUnlink: 'Unlink from the list',
    rpUnlinked: 'The region is no longer linked to the Kemendagri list; the fields stay as they are.',
  },
};

export const tr = translator(strings);

/** What the two halves share: the picker's node, the form's hook, the rest once loaded. */
export const picker = { node: null, edited: () => {}, more: null };
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

/** Language changed: relabel the picker and redraw the region shown. */
export function relabel() {
  if (!picker.node) return;
  apply(picker.node, ui.lang, strings);
  picker.more?.relabel();
  showRegion();
}

/**
 * Puts the picker at the top of the region's fields. `edited` is the form's: the scenario's
 * region, workforce or groups changed here, so show it in the fields and treat it as an edit.
 */
export function setupRegionPicker({ edited }) {
  picker.edited = edited;
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
}
