// "Biaya program" through the real page: a person types, the page answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const text = (page, sel) => page.locator(sel).textContent();
const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('12.800 workers for 6 months cost Rp 1.290.240.000 (Rp 1,29 miliar)', async () => {
  const { page, problems, context } = await openPage(env);
  await typeInto(page, '#cost-workers', '12.800');
  await typeInto(page, '#cost-months', '6');
  assert.equal(await text(page, '#cost-total'), 'Rp\u00a01.290.240.000');
  assert.equal(await text(page, '#cost-short'), 'Rp\u00a01,29\u00a0miliar');
  assert.equal(await text(page, '#cost-premium'), 'Rp\u00a016.800');
  assert.equal(await text(page, '#cost-per-worker'), 'Rp\u00a0100.800');
  assert.match(await text(page, '#cost-summary'), /^12\.800 pekerja × 6 bulan × Rp\u00a016\.800 per bulan$/);
  assert.match(await text(page, '#cost-sources'), /PP 44\/2015/);
  // What the premium buys a family, in one line, with its source beside the others.
  assert.match(await text(page, '#cost-buys'), /^Rp\u00a016\.800 sebulan membeli: .*Rp\u00a042\u00a0juta.*beasiswa 2 anak hingga Rp\u00a0174\u00a0juta \(PP 82\/2019\)\.$/);
  assert.match(await text(page, '#cost-sources'), /Santunan kematian JKM \(sekaligus\): Rp\u00a020\.000\.000 — PP 82\/2019/);
  // Each budget line with its base, rate or amount and source.
  assert.equal(norm(await text(page, '#cost-lines')), 'JKK: Rp 1.000.000 × 1% = Rp 10.000 — PP 44/2015 (JKK dan JKM)JKM: Rp 6.800 — PP 44/2015 (JKK dan JKM)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ternate: 3041 ojek drivers for 12 months', async () => {
  const { page, context } = await openPage(env);
  await typeInto(page, '#cost-workers', '3041');
  await typeInto(page, '#cost-months', '12');
  assert.equal(await text(page, '#cost-total'), 'Rp\u00a0613.065.600');
  assert.equal(await text(page, '#cost-short'), 'Rp\u00a0613,07\u00a0juta');
  await context.close();
});

const BAD = [
  ['#cost-workers', '-5', 'Tidak boleh negatif.'],
  ['#cost-workers', '12,5', 'Harus bilangan bulat.'],
  ['#cost-workers', '', 'Wajib diisi.'],
  ['#cost-workers', '1e309', 'Bukan angka. Tulis seperti 12.800 atau 12800.'],
  ['#cost-workers', '1,000', 'Koma berarti desimal. Untuk ribuan pakai titik (1.000) atau tanpa pemisah (1000).'],
  ['#cost-workers', '999.999.999.999', 'Isi angka dari 1 sampai 300.000.000.'],
  ['#cost-workers', '<script>alert(1)</script>', 'Bukan angka. Tulis seperti 12.800 atau 12800.'],
  ['#cost-months', '13', 'Isi angka dari 1 sampai 12.'],
  ['#cost-months', '0', 'Isi angka dari 1 sampai 12.'],
];

test('bad input gets a message beside its field and the last good result stays', async () => {
  const { page, problems, context } = await openPage(env);
  await typeInto(page, '#cost-workers', '100');
  await typeInto(page, '#cost-months', '12');
  assert.equal(await text(page, '#cost-total'), 'Rp\u00a020.160.000');
  for (const [field, input, message] of BAD) {
    await page.fill(field, input); // pasted, as from a spreadsheet
    const box = `${field}-error`;
    assert.equal(await text(page, box), message, `${field} = ${JSON.stringify(input)}`);
    assert.equal(await page.getAttribute(field, 'aria-invalid'), 'true');
    assert.equal(await page.isVisible('#cost-stale'), true, 'says the result is from the last good input');
    assert.equal(await text(page, '#cost-total'), 'Rp\u00a020.160.000', 'last good result kept');
    await typeInto(page, field, field === '#cost-months' ? '12' : '100');
    assert.equal(await text(page, box), '');
    assert.equal(await page.getAttribute(field, 'aria-invalid'), null);
    assert.equal(await page.isVisible('#cost-stale'), false);
  }
  assert.equal(await page.isVisible('#fatal'), false, 'no crash');
  assert.deepEqual(problems, []);
  await context.close();
});

test('typed input survives a reload', async () => {
  const { page, context } = await openPage(env);
  await typeInto(page, '#cost-workers', '6.400');
  await typeInto(page, '#cost-months', '6');
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#cost-workers'), '6.400');
  assert.equal(await text(page, '#cost-total'), 'Rp\u00a0645.120.000');
  await context.close();
});

test('English on request, Indonesian by default', async () => {
  const { page, context } = await openPage(env);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  await typeInto(page, '#cost-workers', '12.800');
  await typeInto(page, '#cost-months', '6');
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await text(page, 'label[for=cost-workers]'), 'Number of workers');
  assert.equal(await text(page, '#cost-short'), 'Rp\u00a01.29\u00a0billion');
  assert.match(await text(page, '#cost-summary'), /^12,800 workers × 6 months/);
  await typeInto(page, '#cost-workers', '-1');
  assert.equal(await text(page, '#cost-workers-error'), 'Cannot be negative.');
  await context.close();
});

test('fits a 360 px phone without sideways scrolling', async () => {
  const { page, context } = await openPage(env, { viewport: { width: 360, height: 740 } });
  await typeInto(page, '#cost-workers', '300.000.000');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  await context.close();
});

test('a program from November for 14 months: 3.041 × Rp 16.800 × 14 to the rupiah, split by budget year', async () => {
  const { page, context, problems } = await openPage(env);
  await typeInto(page, '#cost-workers', '3.041');
  await page.fill('#cost-start', '2026-11');
  await typeInto(page, '#cost-months', '14');
  await page.waitForFunction(() => document.querySelector('#cost-total').textContent === 'Rp\u00a0715.243.200');
  assert.equal(await text(page, '#cost-summary'), '3.041 pekerja × Rp\u00a016.800 × 14 bulan = Rp\u00a0715.243.200');
  assert.equal(await text(page, '#cost-total-label'), 'Anggaran seluruh program');
  assert.deepEqual(await page.locator('#cost-years li').allTextContents(), [
    '2026: 3.041 pekerja × Rp\u00a016.800 × 2 bulan = Rp\u00a0102.177.600',
    '2027: 3.041 pekerja × Rp\u00a016.800 × 12 bulan = Rp\u00a0613.065.600',
  ]);
  // Across budget years too, the premium's lines and what it buys (from the core, for the first month).
  assert.match(await text(page, '#cost-lines'), /^JKK: Rp\u00a01\.000\.000 × 1% = Rp\u00a010\.000/);
  assert.match(await text(page, '#cost-buys'), /^Rp\u00a016\.800 sebulan membeli/);
  // Over five budget years is refused beside the field; without a start month, 12 is the most.
  await typeInto(page, '#cost-months', '61');
  assert.equal(await text(page, '#cost-months-error'), 'Isi angka dari 1 sampai 60.');
  await page.fill('#cost-start', '');
  await typeInto(page, '#cost-months', '14');
  assert.equal(await text(page, '#cost-months-error'), 'Isi angka dari 1 sampai 12.');
  assert.equal(await page.isHidden('#cost-years'), true);
  assert.deepEqual(problems, []);
  await context.close();
});
