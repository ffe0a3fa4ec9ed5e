// "Perencanaan wilayah": presets, editing groups, charts with tables and summaries, share link,
// reload, JSON export/import, CSV export, both languages, a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openPage, typeInto, openPlan, linkSettled, openGroup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const text = (page, sel) => page.locator(sel).textContent();

async function plan(opts = {}) {
  const o = await openPage(env, opts);
  await openPlan(o.page);
  await o.page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  return o;
}

test('Ternate opens by default: 72,75% now, 4.896 still uncovered, Rp 2,38 miliar in 2025', async () => {
  const { page, problems, context } = await plan();
  assert.equal(await page.inputValue('#plan-preset'), 'ternate');
  assert.equal(await text(page, '#plan-card-ucj'), '72,75%');
  assert.equal(await text(page, '#plan-card-uncovered'), '4.896');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a02,38\u00a0miliar');
  assert.match(await text(page, '#chart-coverage-summary'), /^Cakupan naik dari 72,75% \(2024\) ke 93,05% pada 2029/);
  assert.match(await text(page, '#plan-preset-source'), /Temperatur, 2025-07-15/);
  assert.equal(await page.locator('#plan-groups .group-card').count(), 9);
  // Each chart: an image whose alt text is its summary, and a data table.
  for (const name of ['coverage', 'budget', 'groups']) {
    assert.equal(await page.getAttribute(`#chart-${name}-img`, 'alt'), await text(page, `#chart-${name}-summary`));
    assert.ok(await page.locator(`#chart-${name}-table tbody tr`).count() > 0, name);
  }
  await page.click('#chart-budget summary');
  assert.match(await page.locator('#chart-budget-table').innerText(), /2025\s+Rp\u00a02\.384\.287\.200/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Mataram shows the article\'s growth figure as a discrepancy', async () => {
  const { page, context } = await plan();
  await page.selectOption('#plan-preset', 'mataram');
  assert.match(await text(page, '#plan-preset-checks'), /berita menyebut 43,37%, tetapi dari angkanya sendiri hasilnya 28,62%/);
  assert.equal(await page.inputValue('#plan-current-total'), '87.159');
  await context.close();
});

test('adding, duplicating and removing groups updates the budget as you type', async () => {
  const { page, context } = await plan();
  await page.selectOption('#plan-preset', 'denpasar');
  await page.waitForFunction(() => document.querySelector('#plan-card-budget').textContent === 'Rp\u00a02,16\u00a0miliar');
  await page.click('#plan-add-group');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-groups-1-name');
  await page.keyboard.type('Nelayan');
  await openGroup(page, 1);
  await typeInto(page, '#plan-groups-1-workers', '1.000');
  await typeInto(page, '#plan-groups-1-startYear', '2026');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a02,36\u00a0miliar'); // (10.704 + 1.000) × 12 × 16.800
  await page.click('#plan-groups-1 [data-act=dup], [aria-label="Duplikat kelompok 2"]');
  assert.equal(await page.locator('#plan-groups .group-card').count(), 3);
  assert.equal(await page.inputValue('#plan-groups-2-name'), 'Nelayan');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a02,56\u00a0miliar');
  await openGroup(page, 0);
  await page.click('[aria-label="Hapus kelompok 1"]');
  assert.equal(await page.locator('#plan-groups .group-card').count(), 2);
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a0403,2\u00a0juta');
  assert.equal(await page.inputValue('#plan-preset'), '', 'an edited preset is the user\'s own scenario');
  await context.close();
});

test('a bad group field is marked beside it and the last result stays', async () => {
  const { page, problems, context } = await plan();
  await openGroup(page, 2);
  await page.fill('#plan-groups-2-months', '13');
  assert.equal(await text(page, '#plan-groups-2-months-error'), 'Isi angka dari 1 sampai 12.');
  assert.equal(await page.getAttribute('#plan-groups-2-months', 'aria-invalid'), 'true');
  assert.equal(await page.isVisible('#plan-stale'), true);
  assert.equal(await text(page, '#plan-card-ucj'), '72,75%');
  await page.fill('#plan-workforce-total', '-1');
  assert.equal(await text(page, '#plan-workforce-total-error'), 'Tidak boleh negatif.');
  await openGroup(page, 2);
  await page.fill('#plan-groups-2-months', '12');
  await page.fill('#plan-workforce-total', '70.479');
  assert.equal(await page.isVisible('#plan-stale'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the share link reopens the identical scenario in a fresh browser', async () => {
  const { page, context } = await plan();
  await openGroup(page, 0);
  await typeInto(page, '#plan-groups-0-workers', '4.000');
  await typeInto(page, '#plan-target-pct', '90');
  await linkSettled(page);
  const url = page.url();
  const scenario = await page.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan);
  const budget = await text(page, '#plan-card-budget');
  await context.close();
  const fresh = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p2 = await fresh.newPage();
  await p2.goto(url);
  await p2.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await p2.isVisible('#view-plan'), true);
  await openGroup(p2, 0);
  assert.equal(await p2.inputValue('#plan-groups-0-workers'), '4.000');
  assert.equal(await p2.inputValue('#plan-target-pct'), '90');
  assert.equal(await p2.locator('#plan-card-budget').textContent(), budget);
  assert.deepEqual(await p2.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan), scenario);
  await fresh.close();
});

test('a damaged link says so and keeps the saved scenario', async () => {
  const { page, context } = await plan();
  await page.goto(`${env.url}#v=plan&s=eyJyZWdpb24iOnsibmFtZSI6`);
  await page.reload();
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' }); // the planning view loads after the page
  assert.match(await text(page, '#plan-status'), /Tautan rusak/);
  assert.equal(await page.inputValue('#plan-region-name'), 'Kota Ternate');
  await context.close();
});

test('reload restores the edited scenario', async () => {
  const { page, context } = await plan();
  await typeInto(page, '#plan-region-name', 'Kota Contoh');
  await page.reload();
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.inputValue('#plan-region-name'), 'Kota Contoh');
  await context.close();
});

test('JSON export then import gives the identical scenario; CSV is shaped for budget documents', async () => {
  const { page, context } = await plan();
  await typeInto(page, '#plan-settings-workforceGrowth', '1,5');
  const before_ = await page.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#plan-export-json')]);
  const file = await json.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(exported, before_);
  await page.selectOption('#plan-preset', 'ntb');
  await page.setInputFiles('#plan-import-json', file);
  await page.waitForFunction(() => document.querySelector('#plan-status').textContent.includes('dimuat'));
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan), before_);
  assert.equal(await page.inputValue('#plan-settings-workforceGrowth'), '1,5');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#plan-export-csv')]);
  assert.equal(csv.suggestedFilename(), 'jamsostek-kota-ternate-2024.csv');
  const body = await readFile(await csv.path(), 'utf8');
  assert.ok(body.startsWith('\ufeffKalkulator Cakupan Jamsostek'));
  assert.match(body, /\r\nWilayah;Kota Ternate\r\n/);
  assert.match(body, /\r\nTahun;Jumlah pekerja;Terlindungi;/);
  assert.match(body, /Pertumbuhan tenaga kerja;1,50% per tahun/);
  await context.close();
});

test('broken JSON import is reported, the scenario kept', async () => {
  const { page, context } = await plan();
  await page.setInputFiles('#plan-import-json', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"region": ') });
  await page.waitForFunction(() => document.querySelector('#plan-status').textContent.includes('tidak bisa dibaca'));
  assert.equal(await page.inputValue('#plan-region-name'), 'Kota Ternate');
  await context.close();
});

test('charts download as SVG and PNG', async () => {
  const { page, context } = await plan();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=coverage][data-format=svg]')]);
  assert.match(await readFile(await svg.path(), 'utf8'), /^<svg/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=budget][data-format=png]')]);
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  await context.close();
});

test('English, on a phone, without sideways scrolling', async () => {
  const { page, problems, context } = await plan({ viewport: { width: 360, height: 740 } });
  await page.click('#lang-toggle');
  assert.match(await text(page, '#chart-coverage-summary'), /^Coverage rises from 72\.75% \(2024\)/);
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a02.38\u00a0billion');
  await openGroup(page, 0);
  assert.equal(await text(page, 'label[for=plan-groups-0-name]'), 'Group name');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  const img = await page.locator('#chart-coverage-img').boundingBox();
  assert.ok(img.width <= 330, 'chart fits the phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the print memo is one A4 page with inputs, results, charts and citations, from a headless page.pdf()', async () => {
  const { page, context } = await plan();
  // No beforeprint event (a headless page.pdf() sends none): print media alone shows the memo.
  assert.equal(await page.evaluate(() => document.querySelector('#chart-groups details').open), false);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#plan-form'), false, 'the editor is not printed');
  assert.equal(await page.isVisible('#memo-title'), true);
  assert.equal(await text(page, '#memo-title'), 'Memo perencanaan cakupan Jamsostek: Kota Ternate');
  assert.equal(await page.isVisible('#chart-groups-table'), true, 'group table printed');
  const table = await page.locator('#chart-groups-table').boundingBox();
  assert.ok(table && table.height > 20, `group table laid out (${JSON.stringify(table)})`);
  assert.match(await page.locator('#chart-groups-table').innerText(), /Ojek pangkalan/);
  assert.match(await page.locator('#plan-sources').innerText(), /PP 44\/2015/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `memo has ${pages} pages`);
  await context.close();
});

test('the WhatsApp share text carries the summary and the link', async () => {
  const { page, context } = await plan();
  const href = await page.getAttribute('#plan-whatsapp', 'href');
  assert.ok(href.startsWith('https://wa.me/?text='));
  const body = decodeURIComponent(href.slice('https://wa.me/?text='.length));
  assert.match(body, /^Cakupan naik dari 72,75% \(2024\)/);
  assert.ok(body.endsWith(page.url()), 'ends with the scenario link');
  await context.close();
});

test('target groups import from a spreadsheet CSV; a bad file names its lines and changes nothing', async () => {
  const { page, context, problems } = await plan();
  const good = Buffer.from('\ufeffNama;Pekerja;Bulan;Sumber\r\nPetani;2.095;12;APBD kabupaten/kota\r\n"Ojek; pangkalan";3.041;12;APBD\r\n');
  await page.setInputFiles('#plan-import-csv', { name: 'kelompok.csv', mimeType: 'text/csv', buffer: good });
  await page.waitForFunction(() => document.querySelector('#plan-import-status').textContent.includes('2 kelompok dimuat'));
  assert.equal(await page.locator('#plan-groups .group-card').count(), 2);
  await openGroup(page, 1);
  assert.equal(await page.inputValue('#plan-groups-1-name'), 'Ojek; pangkalan');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a01,04\u00a0miliar'); // 5.136 × 12 × 16.800
  const bad = Buffer.from('nama;pekerja;bulan\nPetani;-5;12\nNelayan;629;13\n');
  await page.setInputFiles('#plan-import-csv', { name: 'salah.csv', mimeType: 'text/csv', buffer: bad });
  await page.waitForFunction(() => document.querySelector('#plan-import-status').textContent.includes('tidak dimuat'));
  assert.deepEqual(await page.locator('#plan-import-errors li').allTextContents(), [
    'Baris 2, kolom "pekerja": Tidak boleh negatif.',
    'Baris 3, kolom "bulan": Isi angka dari 1 sampai 12.',
  ]);
  assert.equal(await page.locator('#plan-groups .group-card').count(), 2, 'nothing changed');
  const sample = await (await page.request.get(`${env.url}contoh-kelompok.csv`)).text();
  const r = await page.evaluate(async (text) => {
    const m = await import('/pkg/jamsostek.js');
    await m.default();
    return m.importGroupsCsv({ text, baseYear: '2024' });
  }, sample);
  assert.equal(r.ok, true, 'the sample file imports');
  assert.equal(r.groups.length, 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening a colleague\'s link keeps my own scenario aside, and it can be restored', async () => {
  const { page: other, context: c1 } = await plan();
  await other.selectOption('#plan-preset', 'gianyar');
  await other.waitForFunction(() => document.querySelector('#plan-region-name').value === 'Kabupaten Gianyar');
  await linkSettled(other);
  const link = other.url();
  await c1.close();

  const { page, context } = await plan();
  await typeInto(page, '#plan-region-name', 'Kota Saya');
  await page.goto(link);
  await page.reload();
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.inputValue('#plan-region-name'), 'Kabupaten Gianyar');
  assert.equal(await page.isVisible('#plan-restore'), true);
  // Offered where the eye is: at the top of the view, above the form (not under the results).
  const [box, form] = await Promise.all(['#plan-restore-box', '#plan-form'].map((s) => page.locator(s).boundingBox()));
  assert.ok(box.y < form.y, `restore offer at y=${box.y}, form at y=${form.y}`);
  await page.click('#plan-restore');
  assert.equal(await page.inputValue('#plan-region-name'), 'Kota Saya');
  assert.match(await text(page, '#plan-restore-lead'), /sebelumnya dipulihkan/);
  assert.equal(await page.isVisible('#plan-restore'), false);
  await context.close();
});

test('a group paid from November for 14 months: its budget split over two budget years, to the rupiah', async () => {
  const { page, context, problems } = await plan();
  await page.selectOption('#plan-preset', 'blank');
  await page.fill('#plan-region-baseYear', '2025');
  await page.fill('#plan-current-total', '0');
  await page.click('#plan-add-group');
  await page.fill('#plan-groups-0-workers', '3.041');
  await page.fill('#plan-groups-0-startYear', '2026');
  await page.fill('#plan-groups-0-months', '14');
  // Without a start month, 14 months a year cannot be: said beside the field.
  assert.equal(await text(page, '#plan-groups-0-months-error'), 'Isi angka dari 1 sampai 12.');
  await page.fill('#plan-groups-0-startMonth', '11');
  assert.equal(await text(page, '#plan-groups-0-months-error'), '');
  await page.waitForFunction(() => document.querySelector('#chart-budget-table')?.textContent.includes('102.177.600'));
  await page.click('#chart-budget summary');
  const table = await page.locator('#chart-budget-table').innerText();
  assert.match(table, /2026\s+Rp\u00a0102\.177\.600/);
  assert.match(table, /2027\s+Rp\u00a0613\.065\.600/);
  // The group says its first budget year pays 2 of the 14 months, not 14 × the yearly cost.
  assert.equal(await text(page, '#plan-groups .group-card[data-index="0"] .group-why'),
    '2026: 3.041 pekerja × Rp\u00a016.800 × 2 bulan = Rp\u00a0102.177.600 — PP 44/2015 (JKK dan JKM)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('each group says how its yearly cost is reached, beside the row and in the groups table, in both languages', async () => {
  const { page, context, problems } = await plan();
  const why = '#plan-groups .group-card[data-index="0"] .group-why';
  await openGroup(page, 0);
  assert.ok(await page.locator(why).isVisible(), 'beside the group, once opened');
  assert.equal(await text(page, why), '2025: 3.655 pekerja × Rp\u00a05.400 × 12 bulan = Rp\u00a0236.844.000 — PP 44/2015 (JKK dan JKM)');
  // The funder paying half: the share and its amount, the same as the row's yearly cost.
  await typeInto(page, '#plan-groups-0-governmentShare', '50');
  await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('× 50%'), why);
  assert.equal(await text(page, why),
    '2025: 3.655 pekerja × Rp\u00a05.400 × 12 bulan = Rp\u00a0236.844.000 × 50% = Rp\u00a0118.422.000 — PP 44/2015 (JKK dan JKM)');
  assert.equal(await text(page, '#plan-groups .group-card[data-index="0"] .group-facts'), '3.655 pekerja · 12 bln · Rp\u00a0118.422.000/tahun');
  // The groups table: each group's row, then how it was reached across the table's width.
  await page.click('#chart-groups summary');
  const rows = page.locator('#chart-groups-table tbody tr');
  assert.equal(await rows.count(), 18, 'nine groups, each with its line');
  assert.match(await rows.nth(0).innerText(), /^Honorer \/ PTT\s+3\.655/);
  assert.equal(await rows.nth(1).getAttribute('class'), 'why');
  assert.equal(await rows.nth(1).locator('td').getAttribute('colspan'), '6');
  assert.equal(await rows.nth(1).innerText(), await text(page, why));
  await page.click('#lang-toggle');
  await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('workers'), why);
  assert.equal(await text(page, why),
    '2025: 3,655 workers × Rp\u00a05,400 × 12 months = Rp\u00a0236,844,000 × 50% = Rp\u00a0118,422,000 — PP 44/2015 (JKK dan JKM)');
  assert.equal(await rows.nth(3).innerText(), '2025: 947 workers × Rp\u00a016,800 × 12 months = Rp\u00a0190,915,200 — PP 44/2015 (JKK dan JKM)');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Holds back the responses for `pattern` by `ms` (a slow phone network, for one kind of file). */
async function slow(context, pattern, ms) {
  await context.route(pattern, async (route) => { await new Promise((ok) => setTimeout(ok, ms)); await route.continue(); });
}

test('a tab pressed before the calculator has arrived opens once it has', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await slow(context, '**/jamsostek_core_bg.wasm', 1500);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.click('#tab-plan'); // the prerendered tab, before the core module is there
  assert.equal(await page.getAttribute('body', 'data-ready'), null, 'pressed before the page was ready');
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached', timeout: 15_000 });
  assert.equal(await page.getAttribute('#tab-plan', 'aria-selected'), 'true');
  assert.equal(await page.isVisible('#view-plan'), true);
  await context.close();
});

test('"+ Jadikan alternatif" pressed before the comparison has arrived adds the alternative when it has', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await slow(context, '**/jamsostek_plan_tools_bg.wasm', 2000);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  await openPlan(page);
  await page.focus('#plan-compare-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#plan-compare-status'), 'Memuat…', 'the panel says its files are on their way');
  await page.click('#plan-compare-add');
  await page.waitForFunction(() => document.getElementById('plan-plan-name').value === 'Alternatif 1', null, { timeout: 15_000 });
  assert.equal(await page.locator('#plan-plan-chips button').count(), 2, 'the baseline and the alternative');
  await context.close();
});

test('on a phone, the panels\' charts are drawn at the width they are shown at, and shown', async () => {
  const { page, context, problems } = await plan({ viewport: { width: 360, height: 740 } });
  const drawn = (img) => page.evaluate((id) => {
    const i = document.getElementById(id);
    return { svg: Number(decodeURIComponent(i.src).match(/<svg width="(\d+)"/)?.[1]), shown: i.clientWidth, high: i.clientHeight };
  }, img);
  await page.focus('#plan-solve-target-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-solve-target=ready]', { state: 'attached' });
  await page.waitForSelector('#st-coverage-img[src^="data:image/svg+xml"]', { state: 'attached' });
  for (const img of ['st-coverage-img', 'st-budget-img']) {
    const d = await drawn(img);
    assert.ok(d.shown > 250 && d.svg === d.shown && d.high > 100, `${img}: ${JSON.stringify(d)}`);
  }
  await page.focus('#plan-compare-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-compare=ready]', { state: 'attached' });
  await page.click('#plan-compare-add');
  await page.waitForSelector('#plan-compare-img[src^="data:image/svg+xml"]', { state: 'attached' });
  const d = await drawn('plan-compare-img');
  assert.ok(d.shown > 250 && d.svg === d.shown, `the comparison: ${JSON.stringify(d)}`);
  assert.deepEqual(problems, []);
  await context.close();
});
