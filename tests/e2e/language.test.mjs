// Clean Indonesian (issue 14): the Indonesian page, in every view, and its CSV exports carry no
// sentence of the English catalogue and no raw error message of the browser or the engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRINGS as shell } from '../../www/i18n.js';
import { setup, openPage, openPlan } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const tables = [shell];
for (const name of ['cost', 'mine', 'plan', 'batch']) tables.push((await import(`../../www/views/${name}.js`)).strings);

/** English text that no Indonesian page should show: each literal piece of an English string
 * (placeholders cut out) of three words or more that its Indonesian twin does not also contain. */
const english = [...new Set(tables.flatMap((table) => Object.entries(table.en).flatMap(([key, text]) =>
  String(text).split(/\{\w+\}/).map((piece) => piece.trim())
    .filter((piece) => piece.split(/\s+/).length >= 3 && !String(table.id[key] ?? '').includes(piece)))))];

/** What a raw error looks like when it leaks onto a page or into a file. */
const RAW = /Unexpected (end|token)|SyntaxError|TypeError|RangeError|RuntimeError|\bundefined\b|\bNaN\b|\[object |Error: /;

function leaks(text) {
  const found = english.filter((piece) => text.includes(piece));
  const raw = text.match(RAW);
  return raw ? [...found, `raw: ${raw[0]}`] : found;
}

test('the catalogue check has something to check', () => {
  assert.ok(english.length > 100, `${english.length} English pieces`);
  assert.ok(leaks('The calculator failed to load. Reload the page.').length > 0);
  assert.ok(leaks('SyntaxError: Unexpected end of JSON input').length > 0);
});

test('every view of the Indonesian page reads in Indonesian only', async () => {
  const { page, context, problems } = await openPage(env);
  for (const tab of ['cost', 'mine', 'batch', 'plan']) {
    if (tab === 'plan') await openPlan(page);
    else await page.click(`#tab-${tab}`);
    if (tab === 'plan') await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
    const text = await page.locator(`#view-${tab}`).innerText();
    assert.deepEqual(leaks(text), [], tab);
  }
  assert.deepEqual(leaks(await page.locator('header').innerText()), [], 'header');
  assert.deepEqual(leaks(await page.locator('footer').innerText()), [], 'footer');
  // A broken JSON file: the message is the page's own, in Indonesian.
  await page.setInputFiles('#plan-import-json', { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"region":') });
  await page.waitForFunction(() => document.querySelector('#plan-status').textContent !== '');
  assert.deepEqual(leaks(await page.locator('#plan-status').textContent()), []);
  assert.match(await page.locator('#plan-status').textContent(), /bukan JSON yang utuh/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Indonesian CSV exports carry no English row and no raw error', async () => {
  const { page, context } = await openPage(env);
  await openPlan(page);
  const [id, en] = await page.evaluate(async () => {
    const m = await import('/pkg/jamsostek.js');
    await m.default();
    const scenario = m.presets().find((p) => p.id === 'ternate').scenario;
    return ['id', 'en'].map((lang) => m.exportCsv({ scenario, lang }).csv);
  });
  // The cells the two files translate (same place, other text): none of the English ones may
  // stand anywhere in the Indonesian file; nor may the engine's English words for a rule's status.
  const rows = (csv, sep) => csv.replace(/^\uFEFF/, '').split('\r\n').map((line) => line.split(sep));
  const [idRows, enRows] = [rows(id, ';'), rows(en, ',')];
  const translated = enRows.flatMap((row, r) => (row.length === idRows[r]?.length ? row : [])
    .filter((cell, c) => /[A-Za-z]{4}/.test(cell) && cell !== idRows[r][c]));
  const idCells = new Set(idRows.flat());
  const leaked = translated.filter((cell) => idCells.has(cell));
  assert.deepEqual(leaked, []);
  for (const word of ['enacted', 'projected', 'unconfirmed']) assert.ok(!idCells.has(word), `"${word}" in the Indonesian CSV`);
  assert.equal(id.match(RAW), null);
  await context.close();
});

test('no line can end between "Rp" and its amount, in any view, in either language', async () => {
  const { page, context, problems } = await openPage(env);
  // "Rp", then a breakable space, then the amount ("Rp 16.800", "Rp 1,29 miliar").
  const breakable = /Rp [-\d]|\d (miliar|juta|triliun|billion|million|trillion)\b/;
  for (const lang of ['id', 'en']) {
    if (lang === 'en') await page.click('#lang-toggle');
    for (const tab of ['cost', 'mine', 'plan']) {
      if (tab === 'plan') await openPlan(page);
      else await page.click(`#tab-${tab}`);
      if (tab === 'plan') await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
      const text = await page.locator(`#view-${tab}`).evaluate((v) => v.textContent);
      assert.ok(text.includes('Rp\u00a0'), `${lang} ${tab}: amounts shown`);
      assert.equal(text.match(breakable)?.[0] ?? null, null, `${lang} ${tab}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
