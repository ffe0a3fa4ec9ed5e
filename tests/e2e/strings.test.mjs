// Each view's strings: every key its markup and its scripts use is in its own strings or the
// shell's, in both languages; and one view's strings never relabel another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { STRINGS as shell } from '../../www/i18n.js';
import { setup, openPage, openPlan, openGroup } from './helpers.mjs';

const www = new URL('../../www/', import.meta.url);
const html = await readFile(new URL('index.html', www), 'utf8');
const views = {};
for (const name of ['cost', 'mine', 'plan', 'batch']) views[name] = (await import(`../../www/views/${name}.js`)).strings;
// The planning view's panels (solving, comparing) load strings of their own with their scripts.
const { strings: planPanels, table: panelTable } = await import('../../www/views/plan-panel-strings.js');
const PANELS = ['plan-solve-target', 'plan-solve-budget', 'plan-compare'];
/** A panel's section of index.html. */
function panelMarkup(id) {
  const at = html.indexOf(`<section class="card question no-print" id="${id}"`);
  return html.slice(at, html.indexOf('</section>', at));
}

const keysIn = (markup) => [...markup.matchAll(/data-i18n="(\w+)"/g)].map((m) => m[1])
  .concat([...markup.matchAll(/data-i18n-attr="([^"]+)"/g)].flatMap((m) => m[1].split(';').map((p) => p.split(':')[1])));

/**
 * The markup the planning view's scripts build (a group row with its fields, the two questions'
 * panels), as the page has it: drawn in the browser, its data-i18n attributes kept.
 */
async function builtPlanMarkup() {
  const env = await setup();
  try {
    const { page, context } = await openPage(env);
    await openPlan(page);
    await openGroup(page, 0);
    for (const id of ['plan-solve-target', 'plan-solve-budget']) await page.click(`#${id}-toggle`);
    await page.waitForSelector('body[data-solve-target=ready]', { state: 'attached' });
    const [row, ...panels] = await page.evaluate(() => ['#plan-groups .group-card', '#plan-solve-target-body', '#plan-solve-budget-body']
      .map((s) => document.querySelector(s).outerHTML));
    await context.close();
    return { row, panels: panels.join('') };
  } finally {
    await env.close();
  }
}

/**
 * The markup each view fills: its section, and for the planning view what its scripts build (the
 * group row); its panels' markup, labelled from their own strings, apart.
 */
async function markupOf(name) {
  const start = html.indexOf(`<section id="view-${name}"`);
  const next = html.slice(start + 1).search(/<section id="view-|<\/main>/) + start + 1;
  const section = html.slice(start, next);
  return name === 'plan' ? PANELS.reduce((m, id) => m.replace(panelMarkup(id), ''), section) + built.row : section;
}
let built;

function missing(keys, table) {
  return ['id', 'en'].flatMap((lang) => keys.filter((k) => !(k in table[lang]) && !(k in shell[lang])).map((k) => `${lang}:${k}`));
}

test('each view has the same keys in Indonesian and English', () => {
  for (const [name, table] of Object.entries({ shell, ...views, planPanels })) {
    assert.deepEqual(Object.keys(table.en).sort(), Object.keys(table.id).sort(), name);
  }
});

test("every key in each view's markup is in its strings or the shell's", async () => {
  built = await builtPlanMarkup();
  for (const [name, table] of Object.entries(views)) assert.deepEqual(missing(keysIn(await markupOf(name)), table), [], name);
  for (const id of PANELS) assert.ok(panelMarkup(id).includes(`id="${id}-body"`), `${id}'s section found`);
  assert.deepEqual(missing(keysIn(PANELS.map(panelMarkup).join('') + built.panels), panelTable), [], 'the planning panels');
  const outside = html.slice(0, html.indexOf('<section id="view-')) + html.slice(html.indexOf('</main>'));
  assert.deepEqual(missing(keysIn(outside), { id: {}, en: {} }), [], 'the shell');
});

test("every tr('key') in each script is in its view's strings or the shell's", async () => {
  for (const f of (await readdir(www, { recursive: true })).filter((f) => f.endsWith('.js'))) {
    const view = f.match(/^views\/([a-z]+)/)?.[1];
    const src = await readFile(new URL(f, www), 'utf8');
    const keys = [...src.matchAll(/\btr\('(\w+)'/g)].map((m) => m[1]);
    // A part of a view with strings of its own (the region picker, the national targets, the
    // planning panels) uses those.
    const own = src.includes("from './plan-panel-strings.js'") ? panelTable
      : view && !views[view] ? (await import(new URL(f, www).href)).strings : null;
    assert.deepEqual(missing(keys, own ?? (view ? views[view] : { id: {}, en: {} })), [], f);
  }
});

test('opening the many-areas view leaves the planning view its own labels', async () => {
  const env = await setup();
  try {
    const { page, context, problems } = await openPage(env);
    await page.click('#tab-batch');
    await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
    await openPlan(page);
    await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
    const head = await page.$$eval('#chart-coverage-table thead th', (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(head, ['Tahun', 'Pekerja', 'Terlindungi', 'UCJ', 'Rentang', 'Kurang ke target']);
    assert.equal(await page.textContent('#batch-totals-heading'), 'Jumlah per tahun');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await env.close();
  }
});
