// The many-areas view reads files as spreadsheets save them: UTF-16 (with or without its byte-order
// mark) and Windows-1252 read correctly and said so, never garbled ("Ba\uFFFDru").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { setup, openPage } from './helpers.mjs';
import { pack } from '../../tools/pack-desa.mjs';

let env;
let dir;
before(async () => { env = await setup(); dir = await mkdtemp(join(tmpdir(), 'batch-files-')); });
after(async () => { await env.close(); });

const CSV = 'kode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_rentan\r\n'
  + '51.04.01.2001;Batubulan Kangin Désa;Bali;Kabupaten Gianyar;Sukawati;1200;300;50;100\r\n'
  + '51.04.01.2002;Ketewel;Bali;Kabupaten Gianyar;Sukawati;800;100;0;20\r\n';

/** UTF-16 bytes of a text, little or big endian, with or without the byte-order mark. */
function utf16(text, { be = false, bom = true } = {}) {
  const units = (bom ? '\ufeff' : '') + text;
  const out = Buffer.alloc(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    if (be) out.writeUInt16BE(u, i * 2); else out.writeUInt16LE(u, i * 2);
  }
  return out;
}

/** Windows-1252 bytes of a text of Latin-1 characters. */
const cp1252 = (text) => Buffer.from([...text].map((c) => c.charCodeAt(0)));

// The Kemendagri list's province files, and a file of one village of each of the 38 provinces,
// its name left for the list to fill.
const DESA = new URL('../../www/data/desa/', import.meta.url).pathname;
const provinces = readdirSync(DESA).filter((f) => /^\d\d\.txt$/.test(f)).sort().map((f) => f.slice(0, 2));
const village = (p) => readFileSync(join(DESA, `${p}.txt`), 'utf8').split('\n').find((l) => /^\d\d\.\d\d\.\d\d\.\d{4};/.test(l)).split(';')[0];
const NATIONAL = `kode;nama;pekerja;peserta\r\n${provinces.map((p, i) => `${village(p)};;${1000 + i};100\r\n`).join('')}`;

async function read(page, name, bytes) {
  const file = join(dir, name);
  await writeFile(file, bytes);
  await page.evaluate(() => { delete document.body.dataset.batch; });
  await page.setInputFiles('#batch-file', file);
  await page.waitForSelector('body[data-batch]', { state: 'attached' });
  return page.evaluate(() => document.body.dataset.batch);
}

test('UTF-16 (LE and BE, with or without BOM), Windows-1252 and UTF-8 files give the same table, names intact', async () => {
  const { page, context, problems } = await openPage(env);
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  for (const [name, bytes, said] of [
    ['utf8.csv', Buffer.from(CSV, 'utf8'), null],
    ['utf8-bom.csv', Buffer.from(`\ufeff${CSV}`, 'utf8'), null],
    ['utf16le.csv', utf16(CSV), 'UTF-16 LE'],
    ['utf16le-nobom.csv', utf16(CSV, { bom: false }), 'UTF-16 LE'],
    ['utf16be.csv', utf16(CSV, { be: true }), 'UTF-16 BE'],
    ['cp1252.csv', cp1252(CSV), 'Windows-1252'],
  ]) {
    assert.equal(await read(page, name, bytes), 'done', name);
    const status = await page.textContent('#batch-status');
    assert.match(status, new RegExp(`^${name.replace('.', '\\.')}: 2 wilayah dihitung dalam`), status);
    const note = said === 'Windows-1252'
      ? 'Berkas dibaca sebagai Windows-1252 (bukan UTF-8). Jika ada nama yang tampak rusak (seperti “DÃ©sa”), simpan ulang sebagai CSV UTF-8.'
      : `Berkas dibaca sebagai ${said} (bukan UTF-8).`;
    if (said) assert.ok(status.endsWith(note), status);
    else assert.ok(!status.includes('dibaca sebagai'), status);
    const table = await page.textContent('#batch-table');
    assert.ok(table.includes('Batubulan Kangin Désa'), `${name}: ${table}`);
    assert.ok(!table.includes('\ufffd'), name);
  }
  // A Windows-1252 file that cannot be computed says how it was read too (the worker tells).
  assert.equal(await read(page, 'cp1252-bad.csv', cp1252('nama;pekerja;peserta\r\nDésa Baru;banyak;10\r\n')), 'failed');
  const failed = await page.textContent('#batch-status');
  assert.ok(failed.startsWith('cp1252-bad.csv: Berkas tidak dapat dihitung: 1 masalah.'), failed);
  assert.ok(failed.endsWith('Berkas dibaca sebagai Windows-1252 (bukan UTF-8). Jika ada nama yang tampak rusak (seperti “DÃ©sa”), simpan ulang sebagai CSV UTF-8.'), failed);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a regency’s template is downloaded, filled in a spreadsheet’s way and uploaded: every village computed', async () => {
  const { page, context, problems } = await openPage(env);
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  await page.fill('#batch-template-query', 'kab gianyar');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-template')]);
  assert.equal(download.suggestedFilename(), 'templat-wilayah-51.04-kabupaten-gianyar.csv');
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeffkode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_rentan\r\n'));
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, 71, 'header and 64 desa + 6 kelurahan');
  assert.match(lines[1], /^51\.04\.01\.\d{4};[^;]+;Bali;Kabupaten Gianyar;Sukawati;;;;$/);
  assert.equal(await page.textContent('#batch-template-status'),
    'Templat Kabupaten Gianyar: 70 desa/kelurahan, diunduh sebagai templat-wilayah-51.04-kabupaten-gianyar.csv.');
  // Filled as a person does in a spreadsheet (numbers in the empty columns), saved, uploaded.
  const filled = [lines[0], ...lines.slice(1).map((l) => l.replace(/;;;;$/, ';1.000;100;10;5'))].join('\r\n');
  assert.equal(await read(page, 'gianyar-filled.csv', Buffer.from(filled, 'utf8')), 'done');
  assert.match(await page.textContent('#batch-status'), /^gianyar-filled\.csv: 70 wilayah dihitung dalam/);

  // Subtotals: the 7 districts of Gianyar, by code; Ubud's 8 villages of 1,000 workers each.
  assert.deepEqual(await page.$$eval('#batch-level option', (o) => o.map((x) => x.value)), ['', 'kecamatan', 'kabupaten', 'provinsi']);
  await page.selectOption('#batch-level', 'kecamatan');
  assert.equal(await page.locator('#batch-table tbody tr').count(), 7);
  assert.equal(await page.textContent('#batch-page'), 'Halaman 1 dari 1 (7 baris)');
  const head = await page.$$eval('#batch-table thead th', (t) => t.map((x) => x.textContent));
  assert.deepEqual(head.slice(0, 4), ['Nama', 'Kode', 'Wilayah', 'Pekerja']);
  await page.fill('#batch-search', 'ubud');
  await page.waitForFunction(() => document.querySelectorAll('#batch-table tbody tr').length === 1);
  const ubud = await page.$$eval('#batch-table tbody tr:first-child > *', (c) => c.map((x) => x.firstChild.textContent));
  assert.deepEqual(ubud.slice(0, 4), ['Ubud', '51.04.05', '8', '8.000']);
  assert.equal(await page.textContent('#batch-table tbody th .parent'), 'Kabupaten Gianyar, Bali');
  // Sorted by workers, largest first: Sukawati has the most villages.
  await page.fill('#batch-search', '');
  await page.click('#batch-table thead th:nth-child(4) button');
  const order = await page.$$eval('#batch-table tbody th', (c) => c.map((x) => x.firstChild.textContent));
  assert.equal(order.length, 7);
  const workers = await page.$$eval('#batch-table tbody tr', (r) => r.map((x) => Number(x.children[3].textContent.replaceAll('.', ''))));
  assert.deepEqual(workers, [...workers].sort((a, b) => b - a));
  assert.equal(workers.reduce((a, b) => a + b, 0), 70_000, 'every village in one district');
  // Exported per district with province, regency and district columns of their own.
  const [exported] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export')]);
  assert.equal(exported.suggestedFilename(), 'jamsostek-wilayah-per-kecamatan.csv');
  const rows = (await readFile(await exported.path(), 'utf8')).trimEnd().split('\r\n');
  assert.ok(rows[0].startsWith('\ufeffkode;nama;provinsi;kabupaten/kota;kecamatan;jumlah wilayah;pekerja;peserta;'), rows[0]);
  assert.ok(rows.some((r) => r.startsWith('51.04.05;Ubud;Bali;Kabupaten Gianyar;Ubud;8;8000;880;')), rows.join('\n'));
  assert.equal(rows.length, 1 + 7 + 1);
  assert.match(rows.at(-1), /^;JUMLAH;;;;70;70000;/);
  // The regency as one scenario in the planning view (the shell's share-link path).
  await page.selectOption('#batch-level', 'kabupaten');
  assert.equal(await page.locator('#batch-table tbody tr').count(), 1);
  await page.click('#batch-table tbody button.open');
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#plan-region-name').value === 'Kabupaten Gianyar');
  assert.match(page.url(), /#v=plan&s=/);
  assert.equal(await page.inputValue('#plan-region-level'), 'regency');
  assert.equal((await page.inputValue('#plan-workforce-total')).replaceAll('.', ''), '70000');
  assert.equal((await page.inputValue('#plan-current-formal')).replaceAll('.', ''), '7000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('codes are checked against the Kemendagri list: unknown refused by line, names filled, differing names flagged', async () => {
  const { page, context, problems } = await openPage(env);
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  const head = 'kode;nama;pekerja;peserta\r\n';
  const bad = `${head}51.04.01.2001;Batubulan;1000;100\r\n51.04.99.2001;Entah;800;80\r\n`;
  assert.equal(await read(page, 'unknown-code.csv', Buffer.from(bad, 'utf8')), 'failed');
  assert.deepEqual(await page.$$eval('#batch-line-errors li', (l) => l.map((x) => x.textContent)), [
    'Baris 3, kolom "kode": kode "51.04.99.2001" tidak ada dalam daftar Kemendagri (Kepmendagri 300.2.2-2138/2025); tulis kode bertitik seperti 51.04.01.2001.',
  ]);
  const good = `${head}51.04.01.2001;Batubulan Kangin Désa;1000;100\r\n51.04.01.2002;;800;80\r\n`;
  assert.equal(await read(page, 'codes.csv', Buffer.from(good, 'utf8')), 'done');
  const names = await page.$$eval('#batch-table tbody th', (c) => c.map((x) => [x.firstChild.textContent, x.querySelector('.parent').textContent]));
  assert.deepEqual(names, [['Batubulan Kangin Désa', 'Sukawati, Kabupaten Gianyar, Bali'], ['Ketewel', 'Sukawati, Kabupaten Gianyar, Bali']]);
  assert.deepEqual(await page.$$eval('#batch-table tbody th .official', (c) => c.map((x) => x.textContent)), ['Daftar Kemendagri: Batubulan'],
    'the list\'s name beside the file\'s where they differ');
  const warnings = await page.textContent('#batch-warnings');
  assert.match(warnings, /Di 1 wilayah nama dalam berkas berbeda dari daftar Kemendagri untuk kodenya; nama dalam berkas dipakai \(baris 2: “Batubulan Kangin Désa”, daftar: “Batubulan”\)\./);
  assert.match(warnings, /Nama 1 wilayah diisi dari kodenya menurut daftar Kemendagri\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the list cannot be loaded, codes are computed unchecked and a warning says so', async () => {
  const { page, context } = await openPage(env);
  await context.route(/\/data\/(wilayah|desa\/)/, (route) => route.abort());
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  const csv = 'kode;nama;pekerja;peserta\r\n51.04.01.2001;Batubulan;1000;100\r\n';
  assert.equal(await read(page, 'offline.csv', Buffer.from(csv, 'utf8')), 'done');
  assert.match(await page.textContent('#batch-warnings'), /Kode 1 wilayah tidak diperiksa terhadap daftar Kemendagri: daftarnya tidak dapat dimuat/);
  await context.close();
});

test('rows wait for their province\'s villages, a newer file goes first, and a file that never comes leaves only its rows unchecked', async () => {
  const { page, context, problems } = await openPage(env);
  let held = null;
  let refuse = false;
  let asked;
  const heldNow = new Promise((ok) => { asked = ok; });
  await context.route(/\/data\/desa\/52\.txt$/, (route) => { if (refuse) route.abort(); else { held = route; asked(); } });
  await context.route(/\/data\/desa\/semua\.txt$/, (route) => route.abort()); // a province's file that fails is looked for there
  const wasm = [];
  // The page's and its worker's (not the service worker's, which caches every view's after load).
  context.on('request', (r) => { if (r.url().endsWith('.wasm') && !r.serviceWorker()) wasm.push(new URL(r.url()).pathname); });
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  const both = 'kode;nama;pekerja;peserta\r\n51.04.01.2002;;800;80\r\n52.01.01.1001;Gerung Utara;900;90\r\n51.04.01.2001;Batubulan;1000;100\r\n';
  await writeFile(join(dir, 'both.csv'), both);
  await page.evaluate(() => { delete document.body.dataset.batch; });
  await page.setInputFiles('#batch-file', join(dir, 'both.csv'));
  let late;
  await Promise.race([heldNow, new Promise((ok) => { late = setTimeout(ok, 20_000); })]);
  clearTimeout(late);
  assert.ok(held, 'the file of province 52 was asked for');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.body.dataset.batch), undefined, 'waiting for 52\'s villages, no result yet');
  const read1 = await page.evaluate(() => document.getElementById('batch-progress').value);
  assert.ok(read1 > 0 && read1 < 1, `the row of 51 before it read meanwhile (${read1})`);
  // A newer file while the first waits: its result comes, and the first's late file changes nothing.
  assert.equal(await read(page, 'bali.csv', Buffer.from('kode;nama;pekerja;peserta\r\n51.04.01.2002;;800;80\r\n', 'utf8')), 'done');
  assert.deepEqual(await page.$$eval('#batch-table tbody th', (c) => c.map((x) => x.firstChild.textContent)), ['Ketewel']);
  await held.abort();
  await page.waitForTimeout(200);
  assert.deepEqual(await page.$$eval('#batch-table tbody th', (c) => c.map((x) => x.firstChild.textContent)), ['Ketewel']);
  // The first file again, its province's file now refused: 51's codes checked, 52's row unchecked.
  refuse = true;
  assert.equal(await read(page, 'both.csv', Buffer.from(both, 'utf8')), 'done');
  const warnings = await page.textContent('#batch-warnings');
  assert.match(warnings, /Kode 1 wilayah tidak diperiksa terhadap daftar Kemendagri/);
  assert.match(warnings, /Nama 1 wilayah diisi dari kodenya/, 'Ketewel filled from 51\'s list');
  // The worker's module is the one built for speed; the full module is not fetched for a batch.
  assert.ok(wasm.includes('/pkg/jamsostek_batch_bg.wasm'), `the batch module fetched (${wasm.join(', ')})`);
  assert.ok(!wasm.includes('/pkg/jamsostek_bg.wasm'), `the full module not fetched (${wasm.join(', ')})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file in many provinces brings the list in one file, read as it comes; a cut or missing one, each province on its own', async () => {
  const csv = NATIONAL;
  const body = pack(DESA); // what `make dist` writes (served from dist/; from www/, PAGE_ROOT=www, it is not there)
  const cut = body.subarray(0, body.indexOf(10) + 1 + readFileSync(join(DESA, '11.txt')).length + readFileSync(join(DESA, '12.txt')).length + 500);
  const run = async (pack, name) => {
    const { page, context, problems } = await openPage(env);
    if (pack !== 'served' || process.env.PAGE_ROOT === 'www') {
      await context.route(/\/data\/desa\/semua\.txt$/, (route) => (pack === 'missing' ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: pack === 'cut' ? cut : body })));
    }
    const asked = [];
    context.on('request', (r) => { if (r.url().includes('/data/desa/') && !r.serviceWorker()) asked.push(new URL(r.url()).pathname.replace('/data/desa/', '')); });
    await page.click('#tab-batch');
    await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
    assert.equal(await read(page, name, Buffer.from(csv, 'utf8')), 'done', `${pack}: computed`);
    assert.match(await page.textContent('#batch-warnings'), /Nama 38 wilayah diisi dari kodenya menurut daftar Kemendagri\./, `${pack}: every name filled from the list`);
    assert.doesNotMatch(await page.textContent('#batch-warnings'), /tidak diperiksa/, `${pack}: every code checked`);
    assert.deepEqual(problems, []);
    await context.close();
    return asked.sort();
  };
  assert.deepEqual(await run('served', 'semua.csv'), ['semua.txt'], 'one request, not 38');
  assert.deepEqual(await run('cut', 'cut.csv'), [...provinces.slice(2).map((p) => `${p}.txt`), 'semua.txt'],
    'the provinces whose bytes had come read from it, the others fetched on their own');
  assert.deepEqual(await run('missing', 'missing.csv'), [...provinces.map((p) => `${p}.txt`), 'semua.txt']);
});

test('province files that cannot be had are read from one pack, fetched once for all of them', async () => {
  const { page, context, problems } = await openPage(env);
  if (process.env.PAGE_ROOT === 'www') {
    await context.route(/\/data\/desa\/semua\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: pack(DESA) }));
  }
  await context.route(/\/data\/desa\/5[123]\.txt$/, (route) => route.abort());
  const packs = [];
  context.on('request', (r) => { if (r.url().endsWith('/data/desa/semua.txt') && !r.serviceWorker()) packs.push(r.url()); });
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  const csv = 'kode;nama;pekerja;peserta\r\n51.04.01.2002;;800;80\r\n52.01.01.1001;;900;90\r\n53.01.04.2003;;700;70\r\n';
  assert.equal(await read(page, 'nusa.csv', Buffer.from(csv, 'utf8')), 'done');
  const warnings = await page.textContent('#batch-warnings');
  assert.match(warnings, /Nama 3 wilayah diisi dari kodenya/);
  assert.doesNotMatch(warnings, /tidak diperiksa/);
  assert.equal(packs.length, 1, 'one pack for the three');
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline after a national file, a regency\'s file has its codes checked from the pack the service worker kept', async () => {
  const { page, context, problems } = await openPage(env);
  if (process.env.PAGE_ROOT === 'www') {
    await context.route(/\/data\/desa\/semua\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: pack(DESA) }));
  }
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload(); // controlled by the service worker from now on
  await page.waitForSelector('body[data-ready=true]');
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  assert.equal(await read(page, 'national.csv', Buffer.from(NATIONAL, 'utf8')), 'done');
  await context.setOffline(true);
  await page.reload(); // a new worker, its list empty
  await page.waitForSelector('body[data-ready=true]');
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  assert.equal(await read(page, 'bali.csv', Buffer.from('kode;nama;pekerja;peserta\r\n51.04.01.2002;;800;80\r\n', 'utf8')), 'done');
  const warnings = await page.textContent('#batch-warnings');
  assert.match(warnings, /Nama 1 wilayah diisi dari kodenya/, 'Ketewel filled from the list offline');
  assert.doesNotMatch(warnings, /tidak diperiksa/);
  assert.deepEqual(await page.$$eval('#batch-table tbody th', (c) => c.map((x) => x.firstChild.textContent)), ['Ketewel']);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('on a phone, a file\'s outcome comes into view, a failed file says so beside its field, and a file that is not a CSV does not widen the page', async () => {
  const { page, context, problems } = await openPage(env, { viewport: { width: 360, height: 780 } });
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  const inView = () => page.waitForFunction(() => {
    const r = document.getElementById('batch-status-card').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight / 2;
  }, null, { timeout: 5000 });
  // A bad number: one problem, said beside the field and listed under the status, brought into view.
  assert.equal(await read(page, 'bad.csv', Buffer.from('nama;pekerja;peserta\r\nDesa A;banyak;10\r\n', 'utf8')), 'failed');
  await inView();
  assert.equal(await page.textContent('#batch-file-error'),
    'bad.csv: Berkas tidak dapat dihitung: 1 masalah. Perbaiki lalu pilih berkas lagi. Masalahnya tercantum di bawah, di bagian Kemajuan.');
  assert.match(await page.textContent('#batch-line-errors'), /Baris 2, kolom "pekerja"/);
  assert.equal(await page.evaluate(() => document.getElementById('batch-progress').value), 0, 'no full bar for a file not computed');
  // Bytes that are no CSV at all: long runs of them quoted in the problems, wrapped on the phone.
  const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251 + 1));
  assert.equal(await read(page, 'picture.png', junk), 'failed');
  assert.equal(await page.textContent('#batch-line-errors'), 'Baris 1: berkas ini bukan teks CSV (berisi data biner, misalnya gambar). '
    + 'Simpan dari spreadsheet sebagai CSV (di Excel: File › Save As › CSV UTF-8) lalu pilih berkas itu.', 'said to be no CSV, not quoted');
  assert.equal(await page.textContent('#batch-file-error'), 'picture.png: Berkas ini bukan teks CSV (berisi data biner, misalnya gambar). '
    + 'Simpan dari spreadsheet sebagai CSV (di Excel: File › Save As › CSV UTF-8) lalu pilih berkas itu.', 'the whole of it beside the field');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page no wider than the phone');
  // A good file: the field's message goes, the result is in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.equal(await read(page, 'good.csv', Buffer.from('nama;pekerja;peserta\r\nDesa A;100;10\r\n', 'utf8')), 'done');
  await inView();
  assert.equal(await page.textContent('#batch-file-error'), '');
  // The sample of 300 villages: 20 rows a page on a phone, each row's name kept in view while its
  // figures are scrolled to sideways.
  assert.equal(await read(page, 'contoh.csv', await readFile(new URL('../../www/contoh-wilayah.csv', import.meta.url))), 'done');
  assert.equal(await page.locator('#batch-table tbody tr').count(), 20);
  assert.equal(await page.textContent('#batch-page'), 'Halaman 1 dari 15 (300 wilayah)');
  const nameLeft = () => page.$eval('#batch-table tbody th', (th) => Math.round(th.getBoundingClientRect().left - th.closest('.table-wrap').getBoundingClientRect().left));
  assert.equal(await nameLeft(), 0);
  const scrolled = await page.$eval('#batch-table', (t) => { const w = t.closest('.table-wrap'); w.scrollLeft = w.scrollWidth; return w.scrollLeft; });
  assert.ok(scrolled > 300, `the table scrolls sideways (${scrolled} px)`);
  assert.equal(await nameLeft(), 0, 'the name stays at the left edge');
  assert.deepEqual(problems, []);
  await context.close();
});
