// The many-areas view: a CSV of villages computed in a Web Worker, totals and charts, a sortable,
// searchable, paged table, the export, and bad files and settings answered where they belong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openPage, typeInto } from './helpers.mjs';

let env;
let dir;
before(async () => { env = await setup(); dir = await mkdtemp(join(tmpdir(), 'batch-')); });
after(async () => { await env.close(); });

const SAMPLE = new URL('../../www/contoh-wilayah.csv', import.meta.url).pathname;

async function openBatch(opts) {
  const o = await openPage(env, opts);
  const workers = [];
  o.page.on('worker', (w) => workers.push(w.url()));
  await o.page.click('#tab-batch');
  await o.page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  return { ...o, workers };
}

async function choose(page, file) {
  await page.evaluate(() => { delete document.body.dataset.batch; });
  await page.setInputFiles('#batch-file', file);
  await page.waitForSelector('body[data-batch]', { state: 'attached' });
  return page.evaluate(() => document.body.dataset.batch);
}

/** The sample's rows, their fields apart (the header left out). */
const sampleRows = async () => (await readFile(SAMPLE, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(';'));
const cells = (page, col) => page.$$eval(`#batch-table tbody tr`, (rows, c) => rows.map((r) => r.children[c].firstChild.textContent), col);

test('the sample of 300 villages is computed in a worker: totals, charts, 50 rows a page, export', async () => {
  const { page, problems, context, workers } = await openBatch();
  assert.equal(await choose(page, SAMPLE), 'done');
  assert.ok(workers.some((u) => u.endsWith('/batch-worker.js')), 'computed in a Web Worker');
  assert.match(await page.textContent('#batch-summary'), /^300 wilayah: UCJ \d+,\d\d% pada \d{4} menjadi/);
  assert.match(await page.textContent('#batch-status'), /^contoh-wilayah\.csv: 300 wilayah dihitung dalam/);
  assert.equal(await page.locator('#batch-progress').evaluate((p) => p.value), 1);
  assert.match(await page.getAttribute('#batch-coverage-img', 'src'), /^data:image\/svg\+xml/);
  assert.equal(await page.locator('#batch-table tbody tr').count(), 50);
  assert.equal(await page.textContent('#batch-page'), 'Halaman 1 dari 6 (300 wilayah)');
  // Each row's texts are its own: the first page's (cut from the worker's columns before the
  // table is drawn) and the next (split from them afterwards), in the file's order.
  const rows = await sampleRows();
  assert.deepEqual(await cells(page, 1), rows.slice(0, 50).map((r) => r[0]));
  assert.deepEqual(await cells(page, 0), rows.slice(0, 50).map((r) => r[1]));
  assert.equal(await page.textContent('#batch-table tbody tr:last-child th .parent'), `${rows[49][4]}, ${rows[49][3]}, ${rows[49][2]}`);
  await page.click('#batch-next');
  assert.equal(await page.textContent('#batch-page'), 'Halaman 2 dari 6 (300 wilayah)');
  assert.deepEqual(await cells(page, 1), rows.slice(50, 100).map((r) => r[0]));
  assert.equal(await page.textContent('#batch-table tbody tr:first-child th .parent'), `${rows[50][4]}, ${rows[50][3]}, ${rows[50][2]}`);
  // The totals table has one row per projected year (5 by default).
  assert.equal(await page.locator('#batch-totals tbody tr').count(), 5);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export')]);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, 302, 'header, 300 areas, total');
  assert.ok(lines[0].startsWith('\ufeffkode;nama;provinsi;kabupaten/kota;kecamatan;pekerja;peserta;Universal Coverage Jamsostek (UCJ) '), lines[0]);
  assert.match(lines.at(-1), /^;JUMLAH;;;;\d+;\d+;\d+,\d\d;/);
  assert.match(lines[1], /^11\.01\.01\.2001;Keude Bakongan;Aceh;Kabupaten Aceh Selatan;Bakongan;\d+;/, 'province, regency and district apart');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the next page is named before the rest of the names have been split', async () => {
  const { page, problems, context } = await openBatch();
  // The page splits the names beyond the first page a frame after the table is drawn: held back
  // here, so that the next page has to ask for them itself.
  await page.evaluate(() => { window.requestAnimationFrame = () => 0; });
  assert.equal(await choose(page, SAMPLE), 'done');
  const rows = await sampleRows();
  await page.click('#batch-next');
  assert.deepEqual(await cells(page, 1), rows.slice(50, 100).map((r) => r[0]));
  assert.deepEqual(await cells(page, 0), rows.slice(50, 100).map((r) => r[1]));
  assert.deepEqual(problems, []);
  await context.close();
});

test('sorting by a column orders every area, and search narrows the table', async () => {
  const { page, context } = await openBatch();
  await choose(page, SAMPLE);
  await page.click('#batch-table thead th:nth-child(3) button'); // workers, largest first
  assert.equal(await page.getAttribute('#batch-table thead th:nth-child(3)', 'aria-sort'), 'descending');
  const workers = (await cells(page, 2)).map((t) => Number(t.replaceAll('.', '')));
  assert.deepEqual(workers, [...workers].sort((a, b) => b - a));
  const sample = (await sampleRows()).map((r) => Number(r[5]));
  assert.equal(workers[0], Math.max(...sample), 'the largest village of all 300 comes first');
  await page.click('#batch-table thead th:nth-child(3) button');
  assert.equal(await page.getAttribute('#batch-table thead th:nth-child(3)', 'aria-sort'), 'ascending');
  assert.equal(Number((await cells(page, 2))[0].replaceAll('.', '')), Math.min(...sample));
  await typeInto(page, '#batch-search', '11.01.01.2003');
  assert.equal(await page.locator('#batch-table tbody tr').count(), 1);
  assert.equal(await page.textContent('#batch-page'), 'Halaman 1 dari 1 (1 wilayah)');
  // No match: said where the rows would be, not only the headers.
  await typeInto(page, '#batch-search', 'tidak ada desa ini');
  assert.equal(await page.textContent('#batch-table tbody'), 'Tidak ada wilayah yang nama, kode, kecamatan, kabupaten/kota atau provinsinya memuat “tidak ada desa ini”.');
  assert.equal(await page.textContent('#batch-page'), 'Halaman 1 dari 1 (0 wilayah)');
  await context.close();
});

test('a bad file lists its problems by line and column, a bad setting shows beside its field', async () => {
  const { page, problems, context } = await openBatch();
  const bad = join(dir, 'bad.csv');
  await writeFile(bad, 'nama;pekerja;peserta\nSukamaju;1.200;300\nMekarjaya;dua ratus;10\n;50;1\n');
  assert.equal(await choose(page, bad), 'failed');
  assert.match(await page.textContent('#batch-status'), /2 masalah/);
  assert.deepEqual(await page.$$eval('#batch-line-errors li', (l) => l.map((x) => x.textContent)), [
    'Baris 3, kolom "pekerja": Bukan angka. Tulis seperti 12.800 atau 12800.',
    'Baris 4: nama wilayah wajib diisi.',
  ]);
  assert.equal(await page.isVisible('#batch-results'), false);
  await writeFile(bad, 'nama;pekerja;peserta\nSukamaju;1.200;300\n');
  assert.equal(await choose(page, bad), 'done');
  await page.evaluate(() => { delete document.body.dataset.batch; });
  await typeInto(page, '#batch-scenario-settings-years', '99');
  await page.waitForSelector('body[data-batch]', { state: 'attached' });
  assert.match(await page.textContent('#batch-scenario-settings-years-error'), /30/);
  assert.equal(await page.getAttribute('#batch-scenario-settings-years', 'aria-invalid'), 'true');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => /30/.test(document.querySelector('#batch-scenario-settings-years-error').textContent)
    && document.documentElement.lang === 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad rows can be skipped and listed; a target larger than the uncovered workers is warned of', async () => {
  const { page, problems, context } = await openBatch();
  const file = join(dir, 'some-bad.csv');
  await writeFile(file, 'nama;pekerja;peserta;sasaran\nSukamaju;1.200;300;100\nMekarjaya;dua ratus;10;0\nSidomulyo;500;450;80\n;50;1;0\n');
  assert.equal(await choose(page, file), 'failed', 'all or nothing by default');
  assert.equal(await page.isChecked('#batch-badRows-refuse'), true);
  await page.evaluate(() => { delete document.body.dataset.batch; });
  await page.check('#batch-badRows-skip');
  await page.waitForSelector('body[data-batch]', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.body.dataset.batch), 'done');
  assert.match(await page.textContent('#batch-status'), /^some-bad\.csv: 2 wilayah dihitung dalam .* 2 baris bermasalah dilewati \(daftar di bawah\)\.$/);
  assert.deepEqual(await page.$$eval('#batch-line-errors li', (l) => l.map((x) => x.textContent)), [
    'Baris 3, kolom "pekerja": Bukan angka. Tulis seperti 12.800 atau 12800.',
    'Baris 5: nama wilayah wajib diisi.',
  ]);
  assert.equal(await page.locator('#batch-table tbody tr').count(), 2);
  // Sidomulyo: 80 targeted, 50 uncovered.
  assert.match(await page.textContent('#batch-warnings'),
    /Di 1 wilayah sasaran lebih besar dari pekerja yang belum terlindungi \(baris 4: sasaran 80, belum terlindungi 50\)/);
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.querySelector('#batch-line-errors li')?.textContent.startsWith('Line 3, column "pekerja"'));
  assert.match(await page.textContent('#batch-status'), /2 rows with problems skipped \(listed below\)\./);
  // After a reload the choice stays, and the kept result still lists the rows it left out.
  await page.waitForSelector('body[data-batch-kept=saved]', { state: 'attached' });
  await page.reload();
  await page.waitForSelector('body[data-batch-kept=restored]', { state: 'attached', timeout: 20_000 });
  assert.equal(await page.isChecked('#batch-badRows-skip'), true);
  assert.equal(await page.locator('#batch-line-errors li').count(), 2);
  assert.match(await page.textContent('#batch-status'), /^some-bad\.csv: the last result, computed .* 2 rows with problems skipped/);
  assert.match(await page.textContent('#batch-warnings'), /line 4: targets 80, uncovered 50/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the settings and the last result survive a reload; the file itself is not kept', async () => {
  const { page, problems, context } = await openBatch();
  assert.equal(await choose(page, SAMPLE), 'done');
  await page.selectOption('#batch-level', 'kecamatan');
  await page.evaluate(() => { delete document.body.dataset.batchKept; });
  await typeInto(page, '#batch-scenario-settings-years', '4');
  await page.waitForFunction(() => document.querySelectorAll('#batch-totals tbody tr').length === 4);
  await page.waitForSelector('body[data-batch-kept=saved]', { state: 'attached' });
  const shown = await page.textContent('#batch-table');
  const summary = await page.textContent('#batch-summary');
  await page.reload();
  await page.waitForSelector('body[data-batch-kept=restored]', { state: 'attached', timeout: 20_000 });
  assert.equal(await page.inputValue('#batch-scenario-settings-years'), '4');
  assert.equal(await page.inputValue('#batch-level'), 'kecamatan');
  assert.equal(await page.textContent('#batch-summary'), summary);
  assert.equal(await page.textContent('#batch-table'), shown);
  assert.match(await page.textContent('#batch-status'), /^contoh-wilayah\.csv: hasil terakhir, dihitung .*Berkasnya tidak disimpan/);
  // What is kept: the figures per area the result was computed from and its notes, not the file.
  const keptKeys = await page.evaluate(() => new Promise((ok) => {
    const open = indexedDB.open('jamsostek-batch', 1);
    open.onsuccess = () => { const r = open.result.transaction('last').objectStore('last').get('result'); r.onsuccess = () => ok({ keys: Object.keys(r.result).sort(), snapshot: r.result.snapshot }); };
  }));
  assert.deepEqual(keptKeys.keys, ['at', 'encoding', 'fileName', 'skipped', 'skippedRows', 'snapshot', 'warnings']);
  const original = await readFile(SAMPLE, 'utf8');
  assert.notEqual(keptKeys.snapshot, original);
  assert.ok(keptKeys.snapshot.startsWith('kode;nama;provinsi;kabupaten;kecamatan;induk;pekerja;peserta_formal;peserta_informal;sasaran_rentan;baris_berkas\n'));
  // Exported after the reload, per district as shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export')]);
  assert.equal(download.suggestedFilename(), 'jamsostek-wilayah-per-kecamatan.csv');
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  const districts = Number((await page.textContent('#batch-page')).match(/\((\d+) baris\)/)[1]);
  assert.ok(districts > 1);
  assert.equal(lines.length, 1 + districts + 1, 'header, a row per district, the total');
  // A setting changed after the reload recomputes from the kept figures.
  await page.evaluate(() => { delete document.body.dataset.batch; delete document.body.dataset.batchKept; });
  await typeInto(page, '#batch-scenario-settings-years', '3');
  await page.waitForSelector('body[data-batch=done]', { state: 'attached' });
  await page.waitForSelector('body[data-batch-kept=saved]', { state: 'attached' });
  assert.equal(await page.locator('#batch-totals tbody tr').count(), 3);
  assert.match(await page.textContent('#batch-status'), /^contoh-wilayah\.csv: 300 wilayah dihitung dalam/);
  // Deleted on request.
  await page.click('#batch-forget');
  await page.waitForFunction(() => document.querySelector('#batch-status').textContent === 'Hasil tersimpan sudah dihapus dari peramban ini.');
  assert.equal(await page.isVisible('#batch-forget'), false);
  await page.reload();
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  await page.waitForTimeout(300);
  assert.equal(await page.isVisible('#batch-results'), false);
  assert.deepEqual(problems, []);
  await context.close();
});
