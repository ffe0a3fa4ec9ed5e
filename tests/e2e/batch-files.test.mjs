// The many-areas view reads files as spreadsheets save them: UTF-16 (with or without its byte-order
// mark) and Windows-1252 read correctly and said so, never garbled ("Ba\uFFFDru").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openPage } from './helpers.mjs';

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
    if (said) assert.ok(status.endsWith(`Berkas dibaca sebagai ${said} (bukan UTF-8).`), status);
    else assert.ok(!status.includes('dibaca sebagai'), status);
    const table = await page.textContent('#batch-table');
    assert.ok(table.includes('Batubulan Kangin Désa'), `${name}: ${table}`);
    assert.ok(!table.includes('\ufffd'), name);
  }
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
  assert.deepEqual(problems, []);
  await context.close();
});
