// The planning view's keep-and-share: link, WhatsApp, JSON and CSV in and out, chart downloads, print.
import { $, ui, engine, el, svgUrl, download, offerEmbed } from '../ui.js';
import { view, tr } from './plan-state.js';
import { replacePlan, replaceGroups, refusal } from './plan-form.js';

/** The WhatsApp link: the current summary and this page's link, which carries the scenario. */
export function refreshShareLink() {
  const summary = view.lastGood ? `${view.lastGood.charts.coverage.summary} ${view.lastGood.charts.budget.summary}` : '';
  $('plan-whatsapp').href = `https://wa.me/?text=${encodeURIComponent(tr('whatsappText', { summary, link: location.href }).trim())}`;
}

function status(text) {
  $('plan-status').textContent = text;
}

/** A chart to keep: drawn again with a title and a source line (or its data as CSV), by the full module. */
async function downloadChart(name, format) {
  if (!view.lastGood) return;
  const files = await engine.loadFiles();
  if (format === 'csv') {
    const r = files.chartCsv({ scenario: view.plan, which: name, lang: ui.lang });
    if (r.ok) download(new Blob([r.csv], { type: 'text/csv;charset=utf-8' }), r.filename);
    return;
  }
  const r = files.chartDownload({ scenario: view.plan, which: name, width: 800, lang: ui.lang });
  if (!r.ok) return;
  const svg = r.svg;
  if (format === 'svg') {
    download(new Blob([svg], { type: 'image/svg+xml' }), r.filename);
    return;
  }
  const img = new Image();
  img.src = svgUrl(svg);
  await img.decode();
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const canvas = el('canvas');
  canvas.width = img.naturalWidth * scale;
  canvas.height = img.naturalHeight * scale;
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  canvas.toBlob((blob) => blob && download(blob, r.filename.replace(/\.svg$/, '.png')), 'image/png');
}

async function importJson(file) {
  try {
    const data = JSON.parse(await file.text());
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    if (replacePlan(data)) status(tr('imported'));
  } catch (err) {
    console.warn(err); // the browser's own words stay in the console, never on the page
    status(tr('importFailed'));
  }
}

async function importCsv(file) {
  const files = await engine.loadFiles();
  const res = files.importGroupsCsv({ text: await file.text(), baseYear: view.plan.region?.baseYear ?? '' });
  const list = $('plan-import-errors');
  if (!res.ok) {
    $('plan-import-status').textContent = tr('csvRejected', { file: file.name });
    list.replaceChildren(...res.errors.map((e) => el('li', ui.lang === 'id' ? e.messageId : e.messageEn)));
    return;
  }
  list.replaceChildren();
  replaceGroups(res.groups);
  $('plan-import-status').textContent = tr('csvImported', { n: res.groups.length, file: file.name });
}

async function exportCsv() {
  const files = await engine.loadFiles();
  const r = files.exportCsv({ scenario: view.root, lang: ui.lang });
  if (!r.ok) {
    // The plan on screen shows its own errors; an alternative's are named here (and in the comparison).
    view.guard(view.render);
    status(tr('csvFailed', { detail: r.errors.map((e) => ui.lang === 'id' ? e.messageId : e.messageEn).join(' ') }));
    return;
  }
  download(new Blob([r.csv], { type: 'text/csv;charset=utf-8' }), r.filename);
}

async function copyLink() {
  view.flush();
  try {
    await navigator.clipboard.writeText(location.href);
    status(tr('linkCopied'));
  } catch {
    status(tr('linkShown'));
  }
}

/** Offers to bring back the user's own scenario that an opened link replaced (kept by the shell). */
export function offerRestore(previous, forget) {
  if (!previous || typeof previous !== 'object' || refusal(previous)) return;
  // At the top of the view, where the eye is when a link has just opened (not under the results).
  $('plan-restore-box').hidden = false;
  $('plan-restore').hidden = false;
  $('plan-restore').addEventListener('click', () => {
    replacePlan(previous);
    forget();
    $('plan-restore').hidden = true;
    $('plan-restore-lead').textContent = tr('restored');
  }, { once: true });
}

/** Wires the chart downloads and the keep-and-share buttons. */
export function listen() {
  for (const b of document.querySelectorAll('[data-download]')) {
    b.addEventListener('click', () => downloadChart(b.dataset.download, b.dataset.format));
  }
  $('plan-export-json').addEventListener('click', () => {
    download(new Blob([JSON.stringify(view.root, null, 2)], { type: 'application/json' }), 'jamsostek-skenario.json');
  });
  $('plan-import-json').addEventListener('change', (e) => {
    const file = e.target.files?.[0];
    if (file) importJson(file);
    e.target.value = '';
  });
  // Async (the full module loads on first use): a trap inside still goes through the guard.
  $('plan-export-csv').addEventListener('click', () => exportCsv().catch((err) => view.guard(() => { throw err; })));
  $('plan-import-csv').addEventListener('change', (e) => {
    const file = e.target.files?.[0];
    if (file) importCsv(file).catch(() => $('plan-import-status').textContent = tr('crashed'));
    e.target.value = '';
  });
  $('plan-copy-link').addEventListener('click', copyLink);
  $('plan-print').addEventListener('click', () => window.print());
  // The scenario as an embed for other sites (its link, with ?embed): in the share panel.
  if (!document.documentElement.classList.contains('embed')) offerEmbed($('plan-status').parentElement, { flush: () => view.flush(), name: 'plan' });
  // The memo prints the groups' data table from its closed <details> by CSS alone (style.css,
  // @media print), so a headless PDF has it too; before the browser's own printing, only the
  // link is brought up to date.
  window.addEventListener('beforeprint', () => view.flush());
  // The link follows typing after a pause: bring it up to date before it is followed.
  $('plan-whatsapp').addEventListener('click', () => view.flush());
}
