// The many-areas view's templates: a province's or regency's villages from the Kemendagri list,
// downloaded as a CSV to fill in (made by Rust, in the full module, loaded on the first template).
import { apply } from '../i18n.js';
import { $, ui, el, num, translator, download, engine, msg } from '../ui.js';
import { strings } from './batch-strings.js';

const tr = translator(strings);

let regions = null; // the full module's Regions, made on the first template

async function fetchText(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.text();
}

/** Finds the region typed, and downloads its villages as a CSV template (made by Rust). */
async function downloadTemplate() {
  const q = $('batch-template-query').value.trim();
  const status = (text) => { $('batch-template-status').textContent = text; };
  if (!q) { status(tr('batchTemplateEmpty')); $('batch-template-query').focus(); return; }
  status(tr('batchTemplateLoading'));
  try {
    const mod = await engine.loadFiles();
    if (!regions || regions.of !== mod) regions = { of: mod, r: new mod.Regions(await fetchText('data/wilayah.txt')) };
    const m = regions.r.search({ query: q, limit: 1, lang: ui.lang }).matches[0];
    if (!m) { status(tr('batchTemplateNone', { q: q.slice(0, 40) })); return; }
    const t = regions.r.template({ code: m.code, text: await fetchText(`data/desa/${m.code.slice(0, 2)}.txt`) });
    if (!t.ok) throw new Error(t.errors.map(msg).join(' '));
    download(new Blob([t.csv], { type: 'text/csv;charset=utf-8' }), t.filename);
    status(tr('batchTemplateDone', { name: t.name, n: num(t.rows), file: t.filename }));
  } catch (err) {
    console.warn(err);
    status(tr('batchTemplateFailed', { detail: String(err?.message ?? err) }));
  }
}

/** The template's field, under the sample file's link (made here: not in the first load). */
export function buildTemplate() {
  const sample = document.querySelector('#view-batch a[href="contoh-wilayah.csv"]')?.closest('p');
  if (!sample || $('batch-template')) return;
  const field = el('div', null, 'field batch-template');
  const label = el('label');
  label.htmlFor = 'batch-template-query';
  label.dataset.i18n = 'batchTemplateLabel';
  const input = el('input');
  Object.assign(input, { id: 'batch-template-query', type: 'text', autocomplete: 'off' });
  input.setAttribute('aria-describedby', 'batch-template-hint batch-template-status');
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); downloadTemplate(); } });
  const button = el('button', null, 'secondary');
  Object.assign(button, { id: 'batch-template', type: 'button' });
  button.dataset.i18n = 'batchTemplateButton';
  button.addEventListener('click', downloadTemplate);
  const hint = el('p', null, 'hint');
  hint.id = 'batch-template-hint';
  hint.dataset.i18n = 'batchTemplateHint';
  const status = el('p', null, 'status');
  status.id = 'batch-template-status';
  status.setAttribute('role', 'status');
  const row = el('div', null, 'buttons');
  row.append(input, button);
  field.append(label, row, hint, status);
  sample.after(field);
  apply(field, ui.lang, strings); // the view's markup was labelled before this was there
}
