// Links and history (issue 14): tabs are history entries so Back stays in the app; a link pasted
// into an open tab loads at once; "Biaya program" and "Iuran saya" travel in links too; a broken
// link is said at the top of the page, where the eye is, and announced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, openPlan, typeInto } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** The page's own link encoding: base64url of the JSON. */
const encode = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
const selected = (page) => page.locator('[role=tab][aria-selected=true]').getAttribute('id');

for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
  test(`Back and Forward move between the views, inside the app (${viewport.width} px)`, async () => {
    const { page, context, problems } = await openPage(env, { viewport });
    const origin = new URL(page.url()).origin;
    await openPlan(page);
    await page.click('#tab-mine');
    assert.equal(await selected(page), 'tab-mine');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#tab-plan').getAttribute('aria-selected') === 'true');
    assert.equal(new URL(page.url()).origin, origin, 'still on the calculator');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#tab-cost').getAttribute('aria-selected') === 'true');
    assert.ok(!(await page.locator('#view-cost').isHidden()));
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#tab-plan').getAttribute('aria-selected') === 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a "Biaya program" link pasted into an open tab loads its inputs at once', async () => {
  const { page, context, problems } = await openPage(env);
  await page.evaluate((hash) => { location.hash = hash; }, `#v=cost&c=${encode({ workers: '250', months: '6' })}`);
  await page.waitForFunction(() => document.querySelector('#cost-workers').value === '250');
  assert.equal(await page.inputValue('#cost-months'), '6');
  // 250 workers × 6 months × Rp 16.800.
  await page.waitForFunction(() => document.querySelector('#cost-total').textContent === 'Rp\u00a025.200.000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Biaya program" and "Iuran saya" share their inputs: the link reopens them in a fresh browser', async () => {
  const a = await openPage(env);
  await typeInto(a.page, '#cost-workers', '3.041');
  await a.page.waitForFunction(() => {
    const c = new URLSearchParams(location.hash.slice(1)).get('c');
    return c && JSON.parse(atob(c.replaceAll('-', '+').replaceAll('_', '/'))).workers === '3.041';
  });
  const link = a.page.url();
  const b = await openPage(env, { path: new URL(link).hash });
  assert.equal(await b.page.inputValue('#cost-workers'), '3.041');
  await a.page.click('#tab-mine');
  await a.page.fill('#mine-declaredIncome', '2.500.000');
  await a.page.dispatchEvent('#mine-declaredIncome', 'input');
  await a.page.waitForFunction(() => {
    const i = new URLSearchParams(location.hash.slice(1)).get('i');
    return i && JSON.parse(atob(i.replaceAll('-', '+').replaceAll('_', '/'))).declaredIncome === '2.500.000';
  });
  const c = await openPage(env, { path: new URL(a.page.url()).hash });
  assert.equal(await selected(c.page), 'tab-mine');
  assert.equal(await c.page.inputValue('#mine-declaredIncome'), '2.500.000');
  for (const o of [a, b, c]) { assert.deepEqual(o.problems, []); await o.context.close(); }
});

test('a plan link pasted into an open planning view replaces the plan, and says so at the top', async () => {
  const { page, context, problems } = await openPage(env);
  await openPlan(page);
  const scenario = { schemaVersion: 1, region: { name: 'Kabupaten Tautan', baseYear: '2025' },
    workforce: { total: '10.000' }, current: { total: '4.000' }, groups: [] };
  await page.evaluate((hash) => { location.hash = hash; }, `#v=plan&s=${encode(scenario)}`);
  await page.waitForFunction(() => document.querySelector('#plan-region-name')?.value === 'Kabupaten Tautan');
  const notice = page.locator('#page-notice');
  assert.ok(await notice.isVisible());
  assert.match(await notice.textContent(), /Skenario dari tautan dimuat/);
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
  test(`a damaged link is said at the top of the page, not thousands of pixels below (${viewport.width} px)`, async () => {
    const { page, context } = await openPage(env, { viewport, path: '#v=plan&s=@@@rusak' });
    const notice = page.locator('#page-notice');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.textContent(), /Tautan rusak atau terpotong/);
    const box = await notice.boundingBox();
    assert.ok(box.y < 400, `notice at y=${box.y}`);
    await context.close();
  });
}
