// The national targets as a scenario's target, and what the projection defaults rest on: loaded
// (with the full wasm module) when its disclosure in the planning view is first opened. The
// targets, their citations, the drawn path between stated years and the default bases are
// Rust's (`nationalTargets()`); this moves them to the page and the chosen one into the scenario.
import { $, ui, engine, el, pct, translator } from '../ui.js';
import { view } from './plan.js';

export const strings = {
  id: {
    natLead: 'Pilih sasaran nasional sebagai target skenario ini; proyeksi wilayah digambar terhadapnya: garis target dan jalur nasional di grafik cakupan, dan tabel di bawah.',
    natUse: 'Pakai sebagai target',
    natUsed: 'Target skenario',
    natPathHeading: 'Jalur nasional per tahun dan proyeksi wilayah ini',
    natYear: 'Tahun',
    natPath: 'Sasaran nasional',
    natBasis: 'Dasar',
    natProjected: 'Proyeksi wilayah',
    natStated: 'disebut {source}',
    natDrawn: 'digambar (garis lurus)',
    natSources: 'Sumber',
    natSourcing: 'menurut pemberitaan; disampaikan oleh {by}',
    natSeen: 'Dilihat di:',
    natBasisUse: 'Pakai {v}%',
    natDraw: 'Gambar jalur nasional di grafik cakupan',
  },
  en: {
    natLead: 'Choose a national target as this scenario’s target; the region’s projection is drawn against it: the target line and the national path on the coverage chart, and the table below.',
    natUse: 'Use as the target',
    natUsed: 'The scenario’s target',
    natPathHeading: 'The national path by year and this region’s projection',
    natYear: 'Year',
    natPath: 'National target',
    natBasis: 'Basis',
    natProjected: 'Region’s projection',
    natStated: 'stated by {source}',
    natDrawn: 'drawn (straight line)',
    natSources: 'Sources',
    natSourcing: 'as reported; stated by {by}',
    natSeen: 'Seen in:',
    natBasisUse: 'Use {v}%',
    natDraw: 'Draw the national path on the coverage chart',
  },
};

const tr = translator(strings);
let data = null;    // nationalTargets()
let box = null;     // the disclosure's body
let picker = null;  // the region picker's shared state (its `edited` hook)

const id = () => ui.lang === 'id';
const pathYear = (year) => data.path.find((y) => y.year === year);

/** Opens the disclosure's body (once): the targets, the path table, the sources, the bases. */
export async function open(details, shared) {
  if (box) return;
  picker = shared;
  const mod = await engine.loadFiles();
  data = mod.nationalTargets();
  box = el('div', null, 'national-body');
  details.append(box);
  draw();
  view.panels.add(draw); // redrawn after each recompute and language change
  document.body.dataset.national = 'ready';
}

function choose(c) {
  const plan = view.plan;
  const y = pathYear(c.year);
  plan.target ??= {};
  plan.target.pct = (y?.textId ?? String(c.pct)).replace('%', ''); // as typed the Indonesian way
  plan.target.year = String(c.year);
  plan.target.national = true; // and the path drawn against the region's line
  picker.edited();
  $(`plan-national-${c.id}`)?.focus();
}

/** Whether the scenario's target is choice `c` (as this panel fills it). */
function isTarget(c) {
  const t = view.plan?.target;
  return t != null && String(t.year) === String(c.year) && String(t.pct) === (pathYear(c.year)?.textId ?? '').replace('%', '');
}

function link(url) {
  const a = el('a', url.replace(/^https?:\/\//, '').split('/')[0]);
  a.href = url;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

function draw() {
  if (!box || !data) return;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const choices = el('ul', null, 'national-choices');
  for (const c of data.choices) {
    const li = el('li');
    const used = isTarget(c);
    const b = el('button', used ? tr('natUsed') : tr('natUse'), 'secondary small');
    b.type = 'button';
    b.id = `plan-national-${c.id}`;
    b.setAttribute('aria-pressed', String(used));
    b.addEventListener('click', () => choose(c));
    li.append(el('strong', id() ? c.labelId : c.labelEn), ' ', b);
    choices.append(li);
  }
  // The path year by year, beside the region's projected coverage where there is one.
  const projected = new Map((view.lastGood?.projection?.years ?? []).map((y) => [y.year, y.coveragePct]));
  const table = el('table');
  table.id = 'plan-national-path';
  table.append(el('caption', tr('natPathHeading')));
  const head = el('tr');
  for (const k of ['natYear', 'natPath', 'natBasis', 'natProjected']) head.append(el('th', tr(k)));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const y of data.path) {
    const row = el('tr');
    const src = y.sourceId ? sources.get(y.sourceId) : null;
    const basis = y.stated ? tr('natStated', { source: id() ? src?.labelId : src?.labelEn }) : tr('natDrawn');
    const p = projected.get(y.year);
    row.append(el('td', String(y.year)), el('td', id() ? y.textId : y.textEn), el('td', basis), el('td', p == null ? '—' : pct(p)));
    tbody.append(row);
  }
  table.append(thead, tbody);
  const wrap = el('div', null, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.append(table);
  const list = el('ul', null, 'national-sources');
  for (const s of data.sources) {
    const li = el('li');
    li.append(el('strong', `${id() ? s.labelId : s.labelEn}: `), `${s.citation.regulation} — ${s.citation.article} (${tr('natSourcing', { by: s.statedBy })}). ${tr('natSeen')} `);
    s.seenIn.forEach((u, i) => { if (i) li.append(', '); li.append(link(u)); });
    list.append(li);
  }
  // Whether the chart draws the path (chosen with a target above, or on its own).
  const check = el('input');
  check.type = 'checkbox';
  check.id = 'plan-target-national';
  check.checked = view.plan?.target?.national === true;
  check.addEventListener('change', () => {
    view.plan.target ??= {};
    if (check.checked) view.plan.target.national = true;
    else delete view.plan.target.national;
    picker.edited();
    $('plan-target-national')?.focus();
  });
  const label = el('label');
  label.append(check, ' ', tr('natDraw'));
  const drawn = el('p', null, 'check');
  drawn.append(label);
  box.replaceChildren(el('p', tr('natLead'), 'hint'), choices, drawn, el('p', id() ? data.noteId : data.noteEn, 'hint national-note'),
    wrap, el('h3', tr('natSources')), list);
  bases();
}

/** What each projection default rests on, beside its field (with the growth it gives, to use). */
function bases() {
  for (const b of data.defaultBases) {
    const field = $(`plan-${b.field.replaceAll('.', '-')}`)?.closest('.field');
    if (!field) continue;
    const pid = `plan-${b.field.replaceAll('.', '-')}-basis`;
    const p = document.getElementById(pid) ?? el('p', null, 'hint basis');
    p.id = pid;
    p.replaceChildren(id() ? b.textId : b.textEn, ' ');
    b.seenIn.forEach((u, i) => { if (i) p.append(', '); p.append(link(u)); });
    if (b.field === 'settings.workforceGrowth') {
      const use = el('button', tr('natBasisUse', { v: id() ? b.valueId : b.valueEn }), 'secondary small');
      use.type = 'button';
      use.id = 'plan-settings-workforceGrowth-use';
      use.addEventListener('click', () => {
        view.plan.settings ??= {};
        view.plan.settings.workforceGrowth = b.valueId; // as typed the Indonesian way
        picker.edited();
        $('plan-settings-workforceGrowth').focus();
      });
      p.append(' ', use);
    }
    if (!p.isConnected) field.append(p);
  }
}
