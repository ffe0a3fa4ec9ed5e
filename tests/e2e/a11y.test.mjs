// Accessibility: axe-core finds nothing, in both languages, on both views, phone and desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { setup, openPage, typeInto, openPlan } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

async function violations(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['id', 'en']) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    test(`no axe violations (${lang}, ${viewport.width}px)`, async () => {
      const { page, context } = await openPage(env, { viewport });
      if (lang === 'en') await page.click('#lang-toggle');
      assert.deepEqual(await violations(page), []);
      await typeInto(page, '#cost-workers', '-1'); // with an error showing
      assert.deepEqual(await violations(page), []);
      await page.click('#tab-mine');
      assert.deepEqual(await violations(page), []);
      await openPlan(page);
      await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
      assert.deepEqual(await violations(page), []);
      await page.fill('#plan-groups-0-months', '13'); // with a field error showing
      assert.deepEqual(await violations(page), []);
      await page.click('#tab-batch');
      await page.waitForSelector('body[data-batch-view=ready]', { state: 'attached' });
      await page.setInputFiles('#batch-file', new URL('../../www/contoh-wilayah.csv', import.meta.url).pathname);
      await page.waitForSelector('body[data-batch=done]', { state: 'attached' });
      assert.deepEqual(await violations(page), []);
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
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp 1.008.000');
  await context.close();
});
