// Issue 13, as a regency's labour office would try it (200,000 workers, 45 % → 80 % by 2029): the
// two questions solved backwards, plans side by side (kept in the link, the JSON and the CSV), a
// blank start, presets that show their own numbers or ask for what they lack, contradictions said
// beside their fields, the two gaps named apart and the budget as a share of the APBD. Each on a
// 360 px phone and a 1366 px desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openPage, typeInto, openPlan, linkSettled, openGroup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 900 };
const SIZES = [['phone', PHONE], ['desktop', DESKTOP]];

const text = (page, sel) => page.locator(sel).textContent();
const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('jamsostek.v1')).plan);

async function plan(viewport) {
  const o = await openPage(env, { viewport });
  await openPlan(o.page);
  await o.page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  return o;
}

/** From a blank start, the regency of the issue: 2025, 200,000 workers, 90,000 covered, 80 % by 2029. */
async function regency(page) {
  await page.selectOption('#plan-preset', 'blank');
  await typeInto(page, '#plan-region-name', 'Kabupaten Contoh');
  await typeInto(page, '#plan-region-baseYear', '2025');
  await typeInto(page, '#plan-workforce-total', '200.000');
  await typeInto(page, '#plan-current-total', '90.000');
  await typeInto(page, '#plan-target-pct', '80');
  await typeInto(page, '#plan-target-year', '2029');
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
}

/** Opens a panel from the keyboard (a click can land beside it while the charts above are first laid out). */
async function open(page, panel, ready) {
  await page.focus(`#${panel}-toggle`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`body[data-${ready}=ready]`, { state: 'attached' });
  assert.equal(await page.getAttribute(`#${panel}-toggle`, 'aria-expanded'), 'true');
}

/** Adds a group to the plan being edited. */
async function group(page, { name, workers, months, startYear, source }) {
  await page.click('#plan-add-group');
  const i = (await page.locator('#plan-groups .group-card').count()) - 1;
  await page.keyboard.type(name);
  await openGroup(page, i);
  await typeInto(page, `#plan-groups-${i}-workers`, workers);
  if (months) await typeInto(page, `#plan-groups-${i}-months`, months);
  if (startYear) await typeInto(page, `#plan-groups-${i}-startYear`, startYear);
  if (source) await page.selectOption(`#plan-groups-${i}-source`, source);
}

async function noSidewaysScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= page.viewportSize().width, `page is ${width}px wide`);
}

for (const [device, viewport] of SIZES) {
  test(`${device}: the budget that reaches 80 % by 2029, year by year, added to the scenario`, async () => {
    const { page, context, problems } = await plan(viewport);
    await regency(page);
    assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a00');
    await open(page, 'plan-solve-target', 'solve-target');
    assert.match(await text(page, '#st-target-pct-hint'), /target skenario: 80%/);
    assert.match(await text(page, '#st-summary'),
      /^Untuk mencapai 80% pada 2029: tanggung 70\.000 pekerja lagi pada 2029, anggaran tambahan Rp\u00a014,11\u00a0miliar tahun itu; Rp\u00a035,28\u00a0miliar selama 2026–2029\.$/);
    const rows = await page.locator('#st-table tbody tr').allInnerTexts();
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[0].split('\t'), ['2026', '53,75%', '45,00%', '17.500', 'Rp\u00a03.528.000.000']);
    assert.deepEqual(rows[3].split('\t'), ['2029', '80,00%', '45,00%', '70.000', 'Rp\u00a014.112.000.000']);
    // The scenario with the answer, drawn: each chart's summary is its caption and its alt text.
    for (const name of ['coverage', 'budget']) {
      assert.ok((await page.getAttribute(`#st-${name}-img`, 'src')).startsWith('data:image/svg+xml'));
      assert.equal(await page.getAttribute(`#st-${name}-img`, 'alt'), await text(page, `#st-${name}-summary`));
    }
    assert.match(await text(page, '#st-coverage-summary'), /target 80% pada 2029 tercapai/);
    // Paid another way: six months a year halves the budget of the same workers.
    await typeInto(page, '#st-group-months', '6');
    assert.match(await text(page, '#st-summary'), /70\.000 pekerja lagi pada 2029, anggaran tambahan Rp\u00a07,06\u00a0miliar/);
    await page.fill('#st-group-months', '');
    await typeInto(page, '#st-target-pct', '180');
    assert.equal(await text(page, '#st-target-pct-error'), 'Isi persentase dari 0,01 sampai 100,00.');
    assert.equal(await page.isVisible('#st-answer'), false, 'no answer to a bad question');
    await page.fill('#st-target-pct', '');
    await page.waitForSelector('#st-answer', { state: 'visible' });
    await noSidewaysScroll(page);

    await page.click('#st-add');
    assert.equal(await page.locator('#plan-groups .group-card').count(), 4);
    await openGroup(page, 0);
    assert.equal(await page.inputValue('#plan-groups-0-name'), 'Tambahan menuju target 80% (mulai 2026)');
    assert.equal(await page.inputValue('#plan-groups-0-workers'), '17.500');
    assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a03,53\u00a0miliar');
    assert.equal(await text(page, '#plan-card-gap'), '0');
    assert.match(await text(page, '#plan-solve-target-status'), /4 kelompok ditambahkan/);
    assert.equal(await text(page, '#st-summary'), 'Target 80% pada 2029 tercapai tanpa pekerja tambahan.');
    assert.equal(await page.isVisible('#st-add'), false, 'nothing more to add');
    assert.equal((await saved(page)).groups.length, 4, 'saved with the scenario');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: what Rp 2 miliar a year buys, and the group it adds`, async () => {
    const { page, context, problems } = await plan(viewport);
    await regency(page);
    await open(page, 'plan-solve-budget', 'solve-budget');
    assert.match(await text(page, '#sb-budget-error'), /\S/, 'asks for the budget');
    assert.equal(await page.getAttribute('#sb-budget-error', 'class'), 'error needed', 'asked for, not an error');
    await typeInto(page, '#sb-budget', 'Rp 2.000.000.000');
    assert.equal(await text(page, '#sb-summary'),
      'Rp\u00a02\u00a0miliar per tahun menanggung 9.920 pekerja pada 2026 (Rp\u00a0201.600 per pekerja setahun); cakupan 45,00% → 49,96%; sisa Rp\u00a0128.000.');
    const first = (await page.locator('#sb-table tbody tr').first().innerText()).split('\t');
    assert.deepEqual(first, ['2026', '9.920', 'Rp\u00a0201.600', 'Rp\u00a01.999.872.000', 'Rp\u00a0128.000', '45,00% → 49,96%']);
    assert.equal(await text(page, '#sb-budget-error'), '');
    // The way they are paid: months and the funding source are the panel's own fields.
    await typeInto(page, '#sb-group-months', '13');
    assert.equal(await text(page, '#sb-group-months-error'), 'Isi angka dari 1 sampai 12.');
    assert.equal(await page.getAttribute('#sb-group-months', 'aria-invalid'), 'true');
    await typeInto(page, '#sb-group-months', '6');
    await page.selectOption('#sb-group-source', 'apbdes');
    assert.match(await text(page, '#sb-summary'), /menanggung 19\.841 pekerja pada 2026 \(Rp\u00a0100\.800 per pekerja setahun\)/);
    await page.fill('#sb-group-months', '');
    await page.selectOption('#sb-group-source', 'apbdRegency');
    await page.waitForFunction(() => document.querySelector('#sb-summary').textContent.includes('9.920 pekerja'));
    await noSidewaysScroll(page);
    await page.click('#sb-add');
    assert.equal(await page.locator('#plan-groups .group-card').count(), 1);
    await openGroup(page, 0);
    assert.equal(await page.inputValue('#plan-groups-0-name'), 'Dibiayai anggaran Rp\u00a02\u00a0miliar per tahun');
    assert.equal(await page.inputValue('#plan-groups-0-workers'), '9.920');
    assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a02\u00a0miliar');
    assert.equal(await text(page, '#plan-card-ucj-sub'), 'target 80,00% (2029) · proyeksi akhir 49,96%');
    // In English, the same answer.
    await page.click('#lang-toggle');
    assert.match(await text(page, '#sb-summary'), /^Rp\u00a02\u00a0billion a year pays for 9,920 workers in 2026 \(Rp\u00a0201,600 per worker a year\)/);
    assert.equal(await text(page, '#sb-add'), 'Add to the scenario');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: three named plans side by side, kept in the link, the JSON and the CSV`, async () => {
    const { page, context, problems } = await plan(viewport);
    await regency(page);
    await group(page, { name: 'Petani', workers: '10.000', months: '12' });
    await open(page, 'plan-compare', 'compare');
    assert.equal(await page.isVisible('#plan-compare-empty'), true);
    await page.click('#plan-compare-add');
    assert.equal(await page.isVisible('#plan-plans'), true, 'the plan chips appear above the form');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-plan-name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6 bulan');
    await openGroup(page, 0);
    await typeInto(page, '#plan-groups-0-months', '6');
    await page.click('#plan-chip--1');
    assert.equal(await page.inputValue('#plan-groups-0-months'), '12', 'the baseline is unchanged');
    await typeInto(page, '#plan-plan-name', '12 bulan');
    await page.click('#plan-plan-add');
    await typeInto(page, '#plan-plan-name', 'APBDes mulai 2027');
    await openGroup(page, 0);
    await typeInto(page, '#plan-groups-0-startYear', '2027');
    await page.selectOption('#plan-groups-0-source', 'apbdes');
    assert.equal(await text(page, '#plan-result-plan'), 'Hasil untuk rencana: APBDes mulai 2027');
    assert.deepEqual(await page.locator('#plan-plan-chips button').allTextContents(), ['12 bulan', '6 bulan', 'APBDes mulai 2027']);
    assert.equal(await page.getAttribute('#plan-chip-1', 'aria-pressed'), 'true');

    // Cards side by side: one row on a desktop; on a phone, a row that scrolls sideways.
    const cards = page.locator('#plan-compare-cards > .plan-card');
    assert.equal(await cards.count(), 3);
    assert.deepEqual(await page.locator('#plan-compare-cards h5').allTextContents(), ['12 bulan', '6 bulan', 'APBDes mulai 2027 (sedang disunting)']);
    const boxes = await Promise.all([0, 1, 2].map((i) => cards.nth(i).boundingBox()));
    assert.ok(boxes[0].x < boxes[1].x && boxes[1].x < boxes[2].x, 'left to right');
    assert.ok(Math.abs(boxes[0].y - boxes[2].y) < 1, 'in one row');
    if (device === 'phone') {
      const scroll = await page.$eval('#plan-compare-cards', (e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(scroll[0] > scroll[1], 'the row scrolls sideways');
      assert.equal(await page.isVisible('#plan-compare .scroll-hint'), true, 'and says so');
    }
    assert.match(await cards.nth(1).innerText(), /Anggaran 2026\s+Rp\u00a01,01\u00a0miliar/);
    assert.match(await cards.nth(0).innerText(), /Anggaran 2026\s+Rp\u00a02,02\u00a0miliar/);
    // The coverage lines overlaid, the chart's summary its caption and alt text.
    assert.ok((await page.getAttribute('#plan-compare-img', 'src')).startsWith('data:image/svg+xml'));
    assert.match(await text(page, '#plan-compare-summary'), /^Cakupan pada 2030: 12 bulan /);
    assert.equal(await page.getAttribute('#plan-compare-img', 'alt'), await text(page, '#plan-compare-summary'));
    // The difference per year against the baseline, with each alternative's sentence.
    const deltas = page.locator('#plan-compare-deltas .delta');
    assert.equal(await deltas.count(), 2);
    assert.equal(await deltas.nth(0).locator('.summary').textContent(),
      '6 bulan dibanding 12 bulan: pada 2030 cakupannya sama; anggaran Rp\u00a05,04\u00a0miliar lebih sedikit selama 5 tahun.');
    assert.deepEqual((await deltas.nth(0).locator('tbody tr').first().innerText()).split('\t'), ['2026', '-Rp\u00a01.008.000.000', '0', '0,00']);
    assert.deepEqual((await deltas.nth(1).locator('tbody tr').first().innerText()).split('\t'), ['2026', '-Rp\u00a02.016.000.000', '-10.000', '-5,00']);
    await noSidewaysScroll(page);

    // A bad alternative is named, with a way to it; the comparison waits for it.
    await page.click('#plan-chip-0');
    await openGroup(page, 0);
    await typeInto(page, '#plan-groups-0-workers', '-1');
    await page.click('#plan-chip--1');
    assert.match(await text(page, '#plan-compare-errors'), /^6 bulan: Tidak boleh negatif\./);
    assert.equal(await page.isVisible('#plan-compare-result'), false);
    await page.click('#plan-compare-errors button');
    assert.equal(await page.getAttribute('#plan-chip-0', 'aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-groups-0-workers');
    await openGroup(page, 0);
    await typeInto(page, '#plan-groups-0-workers', '10.000');
    await page.waitForSelector('#plan-compare-result', { state: 'visible' });

    // The JSON file carries the plans, and reads back identical.
    const scenario = await saved(page);
    assert.equal(scenario.planName, '12 bulan');
    assert.deepEqual(scenario.alternatives.map((a) => a.name), ['6 bulan', 'APBDes mulai 2027']);
    assert.equal(scenario.alternatives[0].scenario.alternatives, undefined, 'an alternative carries none of its own');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#plan-export-json')]);
    const file = await json.path();
    assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), scenario);
    // The CSV appends the comparison.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#plan-export-csv')]);
    const body = await readFile(await csv.path(), 'utf8');
    assert.match(body, /\r\nKalkulator Cakupan Jamsostek: perbandingan rencana\r\n/);
    assert.match(body, /\r\n12 bulan;6 bulan;2026;0;0,00;-1008000000\r\n/);
    assert.match(body, /\r\n12 bulan;APBDes mulai 2027;2026;/);
    await page.selectOption('#plan-preset', 'ntb');
    assert.equal(await page.isVisible('#plan-plans'), false, 'a preset has no alternatives');
    await page.setInputFiles('#plan-import-json', file);
    await page.waitForFunction(() => document.querySelector('#plan-status').textContent.includes('dimuat'));
    assert.deepEqual(await saved(page), scenario);
    assert.deepEqual(await page.locator('#plan-plan-chips button').allTextContents(), ['12 bulan', '6 bulan', 'APBDes mulai 2027']);

    // The link, opened in a fresh browser, shows the same three plans, compared.
    await linkSettled(page);
    const url = page.url();
    await context.close();
    const fresh = await openPage(env, { viewport, path: url.slice(env.url.length) });
    await fresh.page.waitForSelector('body[data-compare=ready]', { state: 'attached' });
    await fresh.page.waitForSelector('#plan-compare-img[src^="data:image/svg+xml"]');
    assert.deepEqual(await fresh.page.locator('#plan-plan-chips button').allTextContents(), ['12 bulan', '6 bulan', 'APBDes mulai 2027']);
    assert.deepEqual(await fresh.page.locator('#plan-compare-cards h5').allTextContents(), ['12 bulan (sedang disunting)', '6 bulan', 'APBDes mulai 2027']);
    assert.equal(await fresh.page.locator('#plan-compare-deltas .delta').count(), 2);
    assert.deepEqual(await saved(fresh.page), scenario);
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
  });

  test(`${device}: a blank start has no groups, no results and asks for what it needs`, async () => {
    const { page, context, problems } = await plan(viewport);
    await page.selectOption('#plan-preset', 'blank');
    assert.equal(await page.locator('#plan-groups .group-card').count(), 0);
    for (const id of ['region-name', 'region-baseYear', 'workforce-total', 'current-total', 'target-pct']) {
      assert.equal(await page.inputValue(`#plan-${id}`), '', id);
    }
    assert.equal(await page.isVisible('#plan-prompt'), true);
    assert.deepEqual(await page.locator('#plan-prompt-fields button').allTextContents(), ['Tahun data', 'Peserta aktif sekarang']);
    assert.match(await text(page, '#plan-prompt-fields li:nth-child(2)'), /— Isi jumlah peserta aktif \(atau rincian formal\/informal, atau persen cakupan\)\.$/);
    assert.equal(await page.isVisible('#plan-prompt-fix'), false, 'nothing to fix, only to fill in');
    // The fields it needs are marked, as asked for rather than as errors.
    for (const id of ['region-baseYear', 'current-total']) {
      assert.equal(await page.getAttribute(`#plan-${id}`, 'aria-invalid'), 'true', id);
      assert.match(await page.getAttribute(`#plan-${id}`, 'class'), /\bneeded\b/, id);
      assert.equal(await page.getAttribute(`#plan-${id}-error`, 'class'), 'error needed', id);
    }
    assert.equal(await page.locator('#plan-form .error:not(.needed):not(:empty)').count(), 0, 'no red errors');
    // No previous result: no cards, charts or tables of Ternate, and no stale banner.
    const results = await page.locator('#plan-result').textContent();
    assert.ok(!/\d/.test(results), `nothing computed on screen: ${results}`);
    assert.equal(await page.isVisible('#plan-stale'), false);
    assert.equal(await page.locator('#plan-result img[src]').count(), 0);
    assert.equal(await page.isVisible('.cards'), false);
    // A prompt's field name takes the user there.
    await page.click('#plan-prompt-fields button >> nth=0');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-region-baseYear');
    await page.keyboard.type('2025');
    assert.deepEqual(await page.locator('#plan-prompt-fields button').allTextContents(), ['Peserta aktif sekarang']);
    await typeInto(page, '#plan-current-total', '90.000');
    assert.equal(await page.isVisible('#plan-prompt'), false);
    assert.equal(await text(page, '#plan-card-budget'), 'Rp\u00a00');
    assert.equal(await page.inputValue('#plan-preset'), '', 'typed into: the user\'s own scenario');
    // Reloaded, it stays the user's own (nothing of Ternate comes back).
    await page.reload();
    await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
    assert.equal(await page.locator('#plan-groups .group-card').count(), 0);
    assert.equal(await page.inputValue('#plan-region-baseYear'), '2025');
    await noSidewaysScroll(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: Jembrana, in a fresh browser, asks for the workforce and shows nothing of another region`, async () => {
    const { page, context, problems } = await plan(viewport);
    await page.selectOption('#plan-preset', 'jembrana');
    assert.equal(await page.inputValue('#plan-region-name'), 'Kabupaten Jembrana');
    assert.equal(await page.isVisible('#plan-prompt'), true);
    assert.deepEqual(await page.locator('#plan-prompt-fields li').allTextContents(),
      ['Jumlah pekerja — Isi jumlah pekerja: cakupan dalam persen perlu jumlah pekerjanya.']);
    assert.equal(await text(page, '#plan-workforce-total-error'), 'Isi jumlah pekerja: cakupan dalam persen perlu jumlah pekerjanya.');
    assert.match(await page.getAttribute('#plan-workforce-total', 'class'), /\bneeded\b/);
    const results = await page.locator('#plan-result').textContent();
    for (const ternate of ['Ternate', '72,75', '4.896', '2,38 miliar', '93,05']) assert.ok(!results.includes(ternate), ternate);
    assert.ok(!/\d/.test(results), results);
    assert.equal(await page.isVisible('#plan-stale'), false, 'no "last good result" of another region');
    assert.equal(await page.locator('#plan-result img[src]').count(), 0);
    // After Gianyar, nothing of Gianyar either.
    await page.selectOption('#plan-preset', 'gianyar');
    // (100 per desa on Gianyar's 64 desa for 6 months: Rp 645,12 juta a year.)
    await page.waitForFunction(() => document.querySelector('#plan-card-budget').textContent === 'Rp\u00a0645,12\u00a0juta');
    await page.selectOption('#plan-preset', 'jembrana');
    const after_ = await page.locator('#plan-result').textContent();
    assert.ok(!after_.includes('645') && !after_.includes('Gianyar'), after_);
    // Filled in, its own numbers.
    await typeInto(page, '#plan-workforce-total', '150.000');
    assert.equal(await page.isVisible('#plan-prompt'), false);
    assert.equal(await text(page, '#plan-card-ucj'), '34,00%');
    assert.match(await text(page, '#chart-coverage-summary'), /dari 2023 sampai/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: contradicting inputs are said beside both fields, with the value used`, async () => {
    const { page, context, problems } = await plan(viewport);
    await regency(page);
    await typeInto(page, '#plan-current-coveragePct', '50');
    assert.equal(await text(page, '#plan-current-coveragePct-notice'), 'Diisi juga jumlah peserta: itu yang dipakai, persen cakupan ini diabaikan.');
    assert.equal(await text(page, '#plan-current-total-notice'), 'Dipakai; persen cakupan yang juga diisi diabaikan.');
    assert.equal(await text(page, '#plan-card-ucj'), '45,00%', 'the participants are used');
    assert.equal(await page.getAttribute('#plan-current-coveragePct-notice', 'aria-live'), 'polite');
    assert.match(await page.getAttribute('#plan-current-coveragePct', 'aria-describedby'), /plan-current-coveragePct-notice/);
    assert.equal(await page.getAttribute('#plan-current-coveragePct', 'aria-invalid'), null, 'a notice, not an error');
    assert.equal(await text(page, '#plan-current-coveragePct-error'), '');
    await group(page, { name: 'Desa', workers: '5.000' });
    await openGroup(page, 0);
    await typeInto(page, '#plan-groups-0-villages', '128');
    await typeInto(page, '#plan-groups-0-workersPerVillage', '100');
    assert.equal(await text(page, '#plan-groups-0-workers-notice'),
      'Mode per desa juga diisi: desa × pekerja per desa yang dipakai, jumlah pekerja ini diabaikan.');
    assert.match(await page.getAttribute('#plan-groups-0-workers', 'aria-describedby'), /plan-groups-0-workers-notice/);
    assert.equal(await text(page, '#plan-groups-0-villages-notice'), 'Dipakai (desa × pekerja per desa); jumlah pekerja yang juga diisi diabaikan.');
    // Still said while another field is being corrected (no projection then).
    await typeInto(page, '#plan-target-year', '20');
    assert.equal(await page.isVisible('#plan-stale'), true);
    assert.equal(await text(page, '#plan-current-coveragePct-notice'), 'Diisi juga jumlah peserta: itu yang dipakai, persen cakupan ini diabaikan.');
    assert.match(await text(page, '#plan-groups-0-workers-notice'), /Mode per desa/);
    await typeInto(page, '#plan-target-year', '2029');
    await page.click('#chart-groups summary');
    assert.match(await page.locator('#chart-groups-table').innerText(), /Desa\s+12\.800/, 'villages × workers per village is used');
    // The notice stays when the group list is rebuilt (here by a duplicate, which says it too),
    // and goes once the conflict does.
    await page.click('[aria-label="Duplikat kelompok 1"]');
    assert.match(await text(page, '#plan-groups-0-workers-notice'), /Mode per desa/);
    assert.match(await text(page, '#plan-groups-1-workers-notice'), /Mode per desa/);
    await page.click('[aria-label="Hapus kelompok 2"]');
    await openGroup(page, 0);
    await page.fill('#plan-groups-0-workers', '');
    assert.equal(await text(page, '#plan-groups-0-workers-notice'), '');
    await page.fill('#plan-current-coveragePct', '');
    assert.equal(await text(page, '#plan-current-total-notice'), '');
    // In English.
    await typeInto(page, '#plan-current-coveragePct', '50');
    await page.click('#lang-toggle');
    assert.equal(await text(page, '#plan-current-total-notice'), 'Used; the coverage percentage also filled in is ignored.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: the two gaps are named apart, and the budget is shown as a share of the APBD`, async () => {
    const { page, context, problems } = await plan(viewport);
    await regency(page);
    await group(page, { name: 'Petani', workers: '10.000' });
    assert.equal(await text(page, '#plan-card-uncovered-label'), 'Pekerja belum terlindungi (semua) 2026');
    assert.equal(await text(page, '#plan-card-uncovered'), '100.000');
    assert.equal(await text(page, '#plan-card-gap-label'), 'Kurang ke target 80,00% (2029)');
    assert.equal(await text(page, '#plan-card-gap'), '60.000');
    // The caption's gap is the card's, in the same words.
    assert.match(await text(page, '#chart-coverage-summary'), /target 80% pada 2029 masih kurang 60\.000 pekerja/);
    assert.equal(await page.isVisible('#plan-card-apbd-box'), false, 'no APBD total, no share');
    await typeInto(page, '#plan-settings-apbdTotal', '2.000.000.000.000');
    assert.equal(await page.isVisible('#plan-card-apbd-box'), true);
    assert.equal(await text(page, '#plan-card-apbd-label'), 'Anggaran 2026 dari total APBD');
    assert.equal(await text(page, '#plan-card-apbd'), '0,10%');
    await page.click('#lang-toggle');
    assert.equal(await text(page, '#plan-card-uncovered-label'), 'Workers without protection (all) 2026');
    assert.equal(await text(page, '#plan-card-gap-label'), 'Short of the 80.00% (2029) target');
    assert.equal(await text(page, '#plan-card-apbd'), '0.10%');
    await noSidewaysScroll(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
