// "Iuran saya": a citizen picks their situation and sees who pays what, and why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const text = (page, sel) => page.locator(sel).textContent();
const shown = (page, sel) => page.locator(sel).innerText();
const norm = (s) => s.replace(/\s+/g, ' ').trim();

async function mine(viewport) {
  const o = await openPage(env, viewport ? { viewport } : {});
  await o.page.click('#tab-mine');
  return o;
}

test('an informal worker in June 2026 pays Rp 8.400 alone, Rp 16.800 when APBD pays', async () => {
  const { page, problems, context } = await mine();
  await page.fill('#mine-asOf', '2026-06-01');
  assert.equal(await text(page, '#mine-total'), 'Rp\u00a08.400');
  assert.match(norm(await shown(page, '#mine-items')), /JKK – Kecelakaan Kerja Pekerja Rp 5\.000 diskon Rp 5\.000/);
  assert.match(await text(page, '#mine-sources'), /PP 50\/2025/);
  assert.match(await text(page, '#mine-buys'), /^Rp\u00a08\.400 sebulan membeli: .*\(PP 82\/2019\)\.$/);
  // Every line says how it was reached, beside the number, with its sources.
  assert.match(norm(await shown(page, '#mine-items')), /Rp 5\.000 diskon Rp 5\.000 Rp 1\.000\.000 × 1% = Rp 10\.000 — PP 44\/2015 \(JKK dan JKM\); PP 50\/2025/);
  assert.match(norm(await shown(page, '#mine-items')), /Rp 6\.800 — PP 44\/2015 \(JKK dan JKM\); PP 50\/2025/);
  // A regulation whose text has a known address links to it.
  assert.equal(await page.getAttribute('#mine-sources a[href="https://peraturan.bpk.go.id/Home/Details/5612"]', 'rel'), 'noopener');
  await page.selectOption('#mine-funder', 'apbd');
  assert.equal(await text(page, '#mine-total'), 'Rp\u00a016.800');
  assert.match(await text(page, '#mine-payers'), /Pemerintah daerah \(APBD\)/);
  // A wage earner with JKP: the central government's share is the APBN's, a payer of its own.
  await page.check('input[name=segment][value=wage]');
  await typeInto(page, '#mine-wage', '5.000.000');
  await page.waitForFunction(() => document.querySelector('#mine-payers').textContent.includes('APBN'));
  assert.match(await text(page, '#mine-payers'), /Pemerintah pusat \(APBN\)Rp\u00a011\.000/);
  assert.equal(await page.isVisible('#mine-buys'), false, 'the BPU package line is for informal workers');
  assert.doesNotMatch(await text(page, '#mine-payers'), /APBD/);
  await page.check('input[name=segment][value=informal]');
  assert.match(await text(page, '#mine-warnings'), /tidak berlaku bila iuran dibayar APBN\/APBD/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wage earner on Rp 15.000.000 pays JP on the ceiling: February vs March 2024', async () => {
  const { page, context } = await mine();
  await page.check('input[name=segment][value=wage]');
  await typeInto(page, '#mine-wage', '15.000.000');
  await page.uncheck('input[name=program][value=jht]');
  await page.uncheck('input[name=program][value=jkp]');
  await page.fill('#mine-asOf', '2024-02-29');
  assert.match(norm(await shown(page, '#mine-items')), /JP – Pensiun Pekerja Rp 95\.596/);
  await page.fill('#mine-asOf', '2024-03-01');
  assert.match(norm(await shown(page, '#mine-items')), /JP – Pensiun Pekerja Rp 100\.423/);
  assert.match(await text(page, '#mine-sources'), /Batas upah tertinggi JP: Rp\u00a010\.042\.300/);
  await context.close();
});

test('born December 1966, a worker pays JP in December 2024 and none from January 2025, with the reason shown', async () => {
  const { page, problems, context } = await mine();
  await page.check('input[name=segment][value=wage]');
  await typeInto(page, '#mine-wage', '5.000.000');
  await page.fill('#mine-asOf', '2024-12-15');
  await typeInto(page, '#mine-birth', '1966-12');
  assert.match(norm(await shown(page, '#mine-items')), /JP – Pensiun Pekerja Rp 50\.000/);
  await page.fill('#mine-asOf', '2025-01-01');
  assert.match(norm(await shown(page, '#mine-items')), /JP – Pensiun Pekerja Rp 0 usia pensiun Rp 0 — PP 45\/2015 \(JP\)/);
  assert.match(await text(page, '#mine-warnings'), /usia pensiun JP 58 tahun tercapai 12\/2024 \(PP 45\/2015 Pasal 15\)/);
  assert.match(await text(page, '#mine-sources'), /Usia pensiun JP: 58 tahun/);
  // Impossible input is refused beside its field, in Indonesian first.
  await typeInto(page, '#mine-birth', '1966-13');
  assert.equal(await text(page, '#mine-birth-error'), 'Isi angka dari 1 sampai 12.');
  await typeInto(page, '#mine-birth', '2030');
  assert.equal(await text(page, '#mine-birth-error'), 'Isi tahun dari 1900 sampai 2025.');
  await page.click('#lang-toggle');
  assert.equal(await text(page, '#mine-birth-error'), 'Enter a year from 1900 to 2025.');
  await typeInto(page, '#mine-birth', '');
  assert.equal(await text(page, '#mine-birth-error'), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Rp 2 miliar construction project pays Rp 2.950.000 once', async () => {
  const { page, context } = await mine();
  await page.check('input[name=segment][value=construction]');
  await typeInto(page, '#mine-contractValue', '2.000.000.000');
  assert.equal(await text(page, '#mine-total'), 'Rp\u00a02.950.000');
  assert.equal(await text(page, '#mine-period'), 'Iuran untuk seluruh proyek');
  await context.close();
});

test('a bad wage is marked beside the field, and the form keeps working', async () => {
  const { page, problems, context } = await mine();
  await page.check('input[name=segment][value=wage]');
  await typeInto(page, '#mine-wage', 'lima juta');
  assert.equal(await text(page, '#mine-wage-error'), 'Bukan angka. Tulis seperti 12.800 atau 12800.');
  await typeInto(page, '#mine-wage', '5.000.000');
  assert.equal(await text(page, '#mine-wage-error'), '');
  await page.fill('#mine-asOf', '2014-01-01');
  assert.match(await text(page, '#mine-asOf-error'), /1 Juli 2015/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a narrow phone shows the breakdown without sideways scrolling', async () => {
  const { page, context } = await mine({ width: 360, height: 740 });
  await page.check('input[name=segment][value=wage]');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  await context.close();
});
