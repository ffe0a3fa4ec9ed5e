// Accessibility: axe-core finds nothing, in both languages, on both views, phone and desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto, openPlan, openGroup, axeViolations } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

for (const lang of ['id', 'en']) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    test(`no axe violations (${lang}, ${viewport.width}px)`, async () => {
      const { page, context } = await openPage(env, { viewport });
      if (lang === 'en') await page.click('#lang-toggle');
      assert.deepEqual(await axeViolations(page), []);
      await typeInto(page, '#cost-workers', '-1'); // with an error showing
      assert.deepEqual(await axeViolations(page), []);
      await page.click('#tab-mine');
      assert.deepEqual(await axeViolations(page), []);
      await openPlan(page);
      await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
      assert.deepEqual(await axeViolations(page), []);
      await openGroup(page, 0);
      await page.fill('#plan-groups-0-months', '13'); // with a field error showing
      assert.deepEqual(await axeViolations(page), []);
      await page.click('#tab-batch');
      await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
      await page.setInputFiles('#batch-file', new URL('../../www/contoh-wilayah.csv', import.meta.url).pathname);
      await page.waitForSelector('body[data-batch=done]', { state: 'attached' });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}

// The planning questions (issue 13): a blank start asking for its fields, the notices of a
// contradiction, both questions answered and with an error showing, three plans compared.
for (const lang of ['id', 'en']) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
    test(`no axe violations in the questions and the comparison (${lang}, ${viewport.width}px)`, async () => {
      const { page, context, problems } = await openPage(env, { viewport });
      if (lang === 'en') await page.click('#lang-toggle');
      await openPlan(page);
      await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
      await page.selectOption('#plan-preset', 'blank');
      await page.waitForSelector('#plan-prompt', { state: 'visible' });
      assert.deepEqual(await axeViolations(page), [], 'blank start');
      await typeInto(page, '#plan-region-baseYear', '2025');
      await typeInto(page, '#plan-workforce-total', '200.000');
      await typeInto(page, '#plan-current-total', '90.000');
      await typeInto(page, '#plan-current-coveragePct', '50'); // a contradiction, said beside both fields
      await typeInto(page, '#plan-target-pct', '80');
      await typeInto(page, '#plan-target-year', '2029');
      await page.click('#plan-add-group');
      await page.keyboard.type('Petani');
      await openGroup(page, 0);
      await typeInto(page, '#plan-groups-0-workers', '10.000');
      await typeInto(page, '#plan-settings-apbdTotal', '2.000.000.000.000');
      await page.waitForSelector('#plan-current-total-notice:not(:empty)');
      assert.deepEqual(await axeViolations(page), [], 'notices and the APBD card');
      await page.focus('#plan-solve-target-toggle');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#st-answer', { state: 'visible' });
      await page.focus('#plan-solve-budget-toggle');
      await page.keyboard.press('Enter');
      await page.waitForSelector('body[data-solve-budget=ready]', { state: 'attached' });
      assert.deepEqual(await axeViolations(page), [], 'a question asking for its budget');
      await typeInto(page, '#sb-budget', '2.000.000.000');
      await page.waitForSelector('#sb-answer', { state: 'visible' });
      await typeInto(page, '#st-target-pct', '180'); // with an error showing
      assert.deepEqual(await axeViolations(page), [], 'both questions');
      await page.fill('#st-target-pct', '');
      await page.focus('#plan-compare-toggle');
      await page.keyboard.press('Enter');
      await page.waitForSelector('body[data-compare=ready]', { state: 'attached' });
      await page.click('#plan-compare-add');
      await openGroup(page, 0);
      await typeInto(page, '#plan-groups-0-months', '6');
      await page.click('#plan-plan-add');
      await openGroup(page, 0);
      await typeInto(page, '#plan-groups-0-startYear', '2027');
      await page.waitForSelector('#plan-compare-img[src^="data:image/svg+xml"]');
      assert.deepEqual(await axeViolations(page), [], 'three plans compared');
      await openGroup(page, 0);
      await typeInto(page, '#plan-groups-0-workers', '-1'); // an alternative with an error, named in the comparison
      await page.waitForSelector('#plan-compare-errors li');
      assert.deepEqual(await axeViolations(page), [], 'a bad alternative');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('keyboard alone moves between the views', async () => {
  const { page, context } = await openPage(env);
  const active = () => page.evaluate(() => document.activeElement.id);
  await page.focus('#tab-cost');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(), 'tab-plan');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(), 'tab-batch');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(), 'tab-mine');
  assert.equal(await page.isVisible('#view-mine'), true);
  assert.equal(await page.isVisible('#view-cost'), false);
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(), 'tab-cost', 'wraps around');
  await page.keyboard.press('End');
  assert.equal(await active(), 'tab-mine');
  await page.keyboard.press('Home');
  assert.equal(await active(), 'tab-cost');
  // One Tab from the tab list (other tabs are out of the tab order) reaches the first field.
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'cost-workers');
  await page.keyboard.type('5');
  assert.equal(await page.inputValue('#cost-workers'), '5', 'Tab selects the field, typing replaces it');
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp\u00a01.008.000');
  await context.close();
});
