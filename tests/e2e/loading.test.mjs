// What the page does while its files are still on their way (a slow phone): the forms are in the
// reader's language before the core module arrives; a plan link follows the language button while
// the forms' scripts come after the plan; a group row opened for the first time keeps the focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPlan } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const cost = (await import('../../www/views/cost.js')).strings;
const plan = (await import('../../www/views/plan-strings.js')).strings;

/** Holds the requests for `pattern` until the returned function is called. */
async function hold(context, pattern) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

test('an English reader sees the forms in English while the core module is still arriving', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(() => { if (!localStorage.getItem('jamsostek.v1')) localStorage.setItem('jamsostek.v1', JSON.stringify({ lang: 'en' })); });
  const release = await hold(context, '**/jamsostek_core_bg.wasm');
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForFunction((want) => document.querySelector('label[for=cost-workers]').textContent === want, cost.en.workers);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('body', 'data-ready'), null, 'the core module is still held');
  release();
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  assert.equal(await page.textContent('label[for=cost-workers]'), cost.en.workers);
  await context.close();
});

test("a plan link follows the language button while the forms' scripts are still arriving", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const release = await hold(context, '**/views/cost.js');
  const page = await context.newPage();
  await page.goto(`${env.url}#v=plan`);
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  await page.click('#lang-toggle');
  assert.equal(await page.textContent('#view-plan h2'), plan.en.planHeading);
  release();
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  assert.equal(await page.textContent('label[for=cost-workers]'), cost.en.workers, 'the forms arrive in the language chosen meanwhile');
  await context.close();
});

test('a plan link shows the planning view, loading, while its module is still arriving', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const release = await hold(context, '**/jamsostek_plan_bg.wasm');
  const page = await context.newPage();
  await page.goto(`${env.url}#v=plan`);
  await page.waitForFunction(() => !document.getElementById('plan-loading').hidden);
  assert.equal(await page.getAttribute('#tab-plan', 'aria-selected'), 'true');
  assert.equal(await page.isVisible('#view-cost'), false, 'not the first tab\'s empty form');
  assert.equal(await page.isVisible('#plan-loading'), true, 'the loading line, in view');
  assert.equal(await page.getAttribute('body', 'data-plan'), null, 'the planning module is still held');
  release();
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  assert.equal(await page.isVisible('#plan-loading'), false);
  await context.close();
});

test('a group row with villages opened from the keyboard for the first time keeps the focus', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  await openPlan(page);
  await page.selectOption('#plan-preset', 'gianyar');
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  const summary = page.locator('#plan-groups .group-card[data-index="0"] > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-groups-0-villageSet'); // the region's villages, once the list's module is here
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('#plan-groups .group-card[data-index="0"] > summary')), true);
  assert.notEqual(await page.textContent('#plan-groups .group-card[data-index="0"] .group-facts'), '', 'the row keeps its facts');
  await context.close();
});

test("what is typed into 'Biaya program' before its script has come (a plan link) is kept", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const release = await hold(context, '**/views/cost.js');
  const page = await context.newPage();
  await page.goto(`${env.url}#v=plan`);
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  await page.click('#tab-cost');
  await page.fill('#cost-workers', '3.041');
  release();
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  assert.equal(await page.inputValue('#cost-workers'), '3.041');
  await page.waitForFunction(() => /3\.041/.test(document.getElementById('cost-result').textContent));
  await context.close();
});

test('what is typed into the first screen while the core module is still arriving is kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const release = await hold(context, '**/jamsostek_core_bg.wasm');
  const page = await context.newPage();
  await page.goto(env.url);
  await page.fill('#cost-workers', '12.800');
  await page.fill('#cost-months', '6');
  release();
  await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  assert.equal(await page.inputValue('#cost-workers'), '12.800');
  assert.equal(await page.textContent('#cost-total'), 'Rp\u00a01.290.240.000'); // 12.800 × 6 × Rp 16.800
  await context.close();
});

test('a plan link shows its figures and tables before its charts\' module has come, then the charts, drawn for the latest edit', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const release = await hold(context, '**/jamsostek_charts_bg.wasm');
  const page = await context.newPage();
  await page.goto(`${env.url}#v=plan`);
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  assert.equal(await page.textContent('#plan-card-ucj'), '72,75%', 'the figures are there');
  assert.ok(await page.locator('#chart-coverage-table tbody tr').count() > 0, 'and each chart\'s table');
  assert.match(await page.textContent('#chart-coverage-summary'), /^Cakupan naik dari 72,75%/, 'and its summary');
  await page.waitForFunction((want) => document.getElementById('plan-charts-status')?.textContent === want, plan.id.chartsLoading);
  assert.equal(await page.locator('#plan-result img[src]').count(), 0, 'no picture yet');
  // An edit while the module is on its way: the charts come for it, not for the first figures.
  await page.fill('#plan-workforce-total', '90000');
  await page.waitForFunction(() => !/72,75%/.test(document.getElementById('chart-coverage-summary').textContent));
  const summary = await page.textContent('#chart-coverage-summary');
  release();
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.getAttribute('#chart-coverage-img', 'alt'), summary);
  assert.equal(await page.textContent('#plan-charts-status'), '');
  const drawn = await Promise.all(['coverage', 'budget', 'groups'].map((name) => page.getAttribute(`#chart-${name}-img`, 'src')));
  // The same edit in a fresh page whose charts' module came at once: the same pictures, so they
  // are the latest edit's, not the first figures'.
  const fresh = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const other = await fresh.newPage();
  await other.goto(`${env.url}#v=plan`);
  await other.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  const first = await other.getAttribute('#chart-coverage-img', 'src');
  await other.fill('#plan-workforce-total', '90000');
  await other.waitForFunction((before) => document.getElementById('chart-coverage-img').src !== before, first);
  assert.notEqual(drawn[0], first, 'the edit changes the coverage chart');
  assert.deepEqual(await Promise.all(['coverage', 'budget', 'groups'].map((name) => other.getAttribute(`#chart-${name}-img`, 'src'))), drawn);
  await fresh.close();
  await context.close();
});

test('when the charts\' module cannot be fetched the view says so above them, keeps its figures, and the next edit tries again', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
  let refuse = true;
  await context.route('**/jamsostek_charts_bg.wasm', (route) => (refuse ? route.abort() : route.continue()));
  const page = await context.newPage();
  await page.goto(`${env.url}#v=plan`);
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  await page.waitForFunction((lead) => document.getElementById('plan-charts-status')?.textContent.startsWith(lead),
    plan.id.chartsLoadFailed.split(';')[0]);
  assert.equal(await page.textContent('#plan-card-ucj'), '72,75%');
  assert.ok(await page.locator('#chart-budget-table tbody tr').count() > 0, 'the tables stay');
  refuse = false;
  await page.fill('#plan-workforce-total', '90000');
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.textContent('#plan-charts-status'), '');
  await context.close();
});
