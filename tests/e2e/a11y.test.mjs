// Accessibility: axe-core finds nothing, in both languages, on both views, phone and desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { setup, openPage, typeInto } from './helpers.mjs';

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
      await context.close();
    });
  }
}

test('keyboard alone moves between the views', async () => {
  const { page, context } = await openPage(env);
  await page.focus('#tab-cost');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-mine');
  assert.equal(await page.isVisible('#view-mine'), true);
  assert.equal(await page.isVisible('#view-cost'), false);
  await context.close();
});
