// The answer in sight: the planning view's compact summary stays on screen while editing, on a
// phone (fixed under the screen) and on a desktop (inputs and results side by side); target
// groups are short rows that open to edit; every table fits a 360 px screen or says it scrolls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto, openPlan, openGroup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const text = (page, sel) => page.locator(sel).textContent();

async function plan(viewport, lang = 'id') {
  const o = await openPage(env, { viewport });
  if (lang === 'en') await o.page.click('#lang-toggle');
  await openPlan(o.page);
  await o.page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  return o;
}

/** Whether the whole of `sel` is inside the window. */
async function inSight(page, sel) {
  return page.locator(sel).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
  });
}

for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${device}: the summary stays in sight while a field far down the form is edited, and follows it`, async () => {
    const { page, context, problems } = await plan(viewport);
    assert.equal(await text(page, '#plan-glance-ucj'), '72,75% → 93,05% → 100,00% (2025)');
    assert.equal(await text(page, '#plan-glance-budget-label'), 'Anggaran 2025');
    assert.equal(await text(page, '#plan-glance-budget'), 'Rp\u00a02,38\u00a0miliar');
    assert.equal(await text(page, '#plan-glance-gap-label'), 'Kurang ke target 2025');
    assert.equal(await text(page, '#plan-glance-gap'), '4.896');
    // The last field of the form, thousands of pixels down on a phone.
    await page.locator('#plan-settings-apbdTotal').scrollIntoViewIfNeeded();
    await typeInto(page, '#plan-settings-newEnrolment', '0');
    await openGroup(page, 8);
    await typeInto(page, '#plan-groups-8-workers', '10.000');
    assert.equal(await inSight(page, '#plan-groups-8-workers'), true, 'the field being edited is not covered');
    assert.equal(await inSight(page, '#plan-glance'), true, 'the summary is on screen while editing');
    assert.notEqual(await text(page, '#plan-glance-budget'), 'Rp\u00a02,38\u00a0miliar', 'and it follows the edit');
    assert.equal(await text(page, '#plan-glance-budget'), await text(page, '#plan-card-budget'));
    // A bad value: the summary says the figures are the last valid ones.
    await typeInto(page, '#plan-groups-8-workers', '-1');
    assert.equal(await page.isVisible('#plan-glance-stale'), true);
    assert.equal(await inSight(page, '#plan-glance'), true);
    await typeInto(page, '#plan-groups-8-workers', '3.310');
    assert.equal(await page.isVisible('#plan-glance-stale'), false);
    if (device === 'desktop') {
      // Side by side: the results column beside the inputs, its cards in sight too.
      const [inputs, outputs] = await Promise.all(['.plan-inputs', '.plan-outputs'].map((s) => page.locator(s).boundingBox()));
      assert.ok(outputs.x >= inputs.x + inputs.width, `results (x=${outputs.x}) right of the inputs (ends ${inputs.x + inputs.width})`);
      assert.equal(await inSight(page, '#plan-card-budget'), true, 'the cards are in sight while editing');
    } else {
      // One tap reaches the results.
      await page.click('#plan-glance-go');
      await page.waitForFunction(() => document.querySelector('#plan-card-ucj').getBoundingClientRect().top < innerHeight);
      assert.equal(await inSight(page, '#plan-card-ucj'), true);
      await page.waitForSelector('#plan-glance', { state: 'hidden' }); // steps aside beside the cards
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${device}: target groups are short rows that open to edit`, async () => {
    const { page, context, problems } = await plan(viewport);
    const rows = page.locator('#plan-groups .group-card');
    assert.equal(await rows.count(), 9);
    for (let i = 0; i < 9; i++) {
      assert.equal(await rows.nth(i).evaluate((d) => d.open), false, `group ${i + 1} starts closed`);
      const box = await rows.nth(i).boundingBox();
      assert.ok(box.height < 110, `group ${i + 1} row is ${box.height}px tall`);
    }
    // Name, workers, months and the yearly cost of the first group, Honorer / PTT.
    assert.match(await text(page, '#plan-groups .group-card[data-index="0"] summary'), /^1\.Kelompok 1\s+Honorer \/ PTT/);
    assert.equal(await text(page, '#plan-groups .group-card[data-index="0"] .group-facts'), '3.655 pekerja · 12 bln · Rp\u00a0236.844.000/tahun');
    await rows.nth(1).locator('summary').click();
    assert.equal(await page.isVisible('#plan-groups-1-workers'), true);
    await typeInto(page, '#plan-groups-1-months', '6');
    await page.waitForFunction(() => document.querySelector('#plan-groups .group-card[data-index="1"] .group-facts').textContent.includes('· 6 bln ·'));
    // A row whose field holds an error says so, and a closed row with an error opens itself.
    await rows.nth(1).locator('summary').click();
    assert.equal(await page.isVisible('#plan-groups-1-workers'), false);
    await page.evaluate(() => { const i = document.getElementById('plan-groups-1-workers'); i.value = '-5'; i.dispatchEvent(new Event('input', { bubbles: true })); });
    await page.waitForSelector('#plan-groups .group-card[data-index="1"] .group-flag.is-error');
    assert.equal(await text(page, '#plan-groups .group-card[data-index="1"] .group-flag'), 'perlu diperbaiki');
    assert.equal(await page.isVisible('#plan-groups-1-workers-error'), true);
    assert.equal(await text(page, '#plan-groups-1-workers-error'), 'Tidak boleh negatif.');
    // A new group opens, ready to type into.
    await page.click('#plan-add-group');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-groups-9-name');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('English: the summary and the group rows speak English', async () => {
  const { page, context } = await plan(PHONE, 'en');
  assert.equal(await text(page, '#plan-glance-ucj'), '72.75% → 93.05% → 100.00% (2025)');
  assert.equal(await text(page, '#plan-glance-budget'), 'Rp\u00a02.38\u00a0billion');
  assert.equal(await text(page, '#plan-glance-gap-label'), 'Short of the target 2025');
  assert.equal(await text(page, '#plan-groups .group-card[data-index="0"] .group-facts'), '3,655 workers · 12 mo · Rp\u00a0236,844,000/year');
  await context.close();
});

test('a blank start: the summary asks for what is missing instead of another region\'s figures', async () => {
  const { page, context } = await plan(PHONE);
  await page.selectOption('#plan-preset', 'blank');
  await page.waitForSelector('#plan-glance-empty', { state: 'visible' });
  assert.equal(await page.isVisible('#plan-glance-figures'), false);
  assert.equal(await page.getAttribute('#plan-glance-go', 'href'), '#plan-prompt');
  await context.close();
});

/**
 * Every table shown in a view fits the 360 px screen, or it is a keyboard-scrollable region with
 * a visible hint that it scrolls; the page itself never scrolls sideways.
 */
async function tablesFit(page, view) {
  const bad = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].filter((w) => w.offsetParent && w.querySelector('table')).flatMap((w) => {
    if (w.scrollWidth <= w.clientWidth + 1) return [];
    const hint = w.previousElementSibling;
    const said = hint?.classList.contains('scroll-hint') && hint.offsetParent && hint.textContent.trim();
    return said && w.tabIndex === 0 && w.getAttribute('role') === 'region' ? [] : [`${w.querySelector('table').id || w.className} (${w.scrollWidth} > ${w.clientWidth})`];
  }));
  assert.deepEqual(bad, [], `${view}: wide tables without a scroll hint`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, `${view}: no sideways page scroll`);
}

test('phone: every table fits the screen or says plainly that it scrolls', async () => {
  const { page, context, problems } = await plan(PHONE);
  for (const d of await page.locator('#plan-result details.data summary').all()) await d.click();
  await tablesFit(page, 'plan');
  await page.focus('#plan-solve-target-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#st-answer', { state: 'visible' });
  for (const d of await page.locator('#plan-solve-target details.data summary').all()) await d.click();
  await tablesFit(page, 'plan with the target question');
  await page.click('#tab-mine');
  await page.waitForSelector('#view-mine', { state: 'visible' });
  await tablesFit(page, 'mine');
  await page.click('#tab-batch');
  await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
  await page.setInputFiles('#batch-file', 'www/contoh-wilayah.csv');
  await page.waitForSelector('#batch-results', { state: 'visible', timeout: 30_000 });
  await tablesFit(page, 'batch');
  assert.equal(await page.isVisible('#view-batch .scroll-hint'), true, 'the areas table says it scrolls');
  assert.deepEqual(problems, []);
  await context.close();
});
