// The size budget (issue 7): what opening the page downloads, gzip -9, at most 100 KB. Sizes are
// exact, so this never flakes; it fails the day a change makes phones on slow networks wait.
// The planning view, loaded when opened, has its own ceiling so that it cannot grow unnoticed:
// 195 KB (main had 200): issue 17 cut the module to 180.9 without the core's exports, then the
// start-month program cost, the request shape check and the village readings (issue 15) and the
// region picker (issue 16) brought it to 192.0 with programCost and defaults in it. The issue's
// targets (80 and 120 KB) are not reached yet, see README "Performance".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { setup } from './helpers.mjs';

const FIRST_LOAD_BUDGET = 100 * 1024;
const PLAN_VIEW_BUDGET = 195 * 1024;

let env;
// dist/: what is deployed (index.html with its text prerendered), compressed as hosts do.
before(async () => { env = await setup({ root: new URL('../../dist', import.meta.url).pathname }); });
after(async () => { await env.close(); });

async function record(page, action) {
  const bodies = [];
  const onResponse = async (r) => { try { bodies.push([new URL(r.url()).pathname, await r.body()]); } catch { /* redirect */ } };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return bodies.map(([path, body]) => [path, gzipSync(body, { level: 9 }).length]);
}

const report = (rows) => rows.map(([p, n]) => `${p} ${(n / 1024).toFixed(1)} KB`).join(', ');

test('the first load is at most 100 KB gzip, and the planning view adds at most 195 KB', async (t) => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const first = await record(page, async () => {
    await page.goto(env.url);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached' });
  });
  const firstTotal = first.reduce((s, [, n]) => s + n, 0);
  assert.ok(first.some(([p]) => p.endsWith('jamsostek_core_bg.wasm')), 'the core module is part of the first load');
  assert.ok(!first.some(([p]) => /\/jamsostek(_plan)?_bg\.wasm$/.test(p)), 'the planning and full modules are not');
  assert.ok(!first.some(([p]) => /\/views\/(plan|batch)/.test(p)), 'nor the planning and many-areas views\' scripts and strings');
  assert.ok(firstTotal <= FIRST_LOAD_BUDGET,
    `first load ${(firstTotal / 1024).toFixed(1)} KB gzip > 100 KB: ${report(first)}`);
  const plan = await record(page, async () => {
    await page.click('#tab-plan');
    await page.waitForSelector('body[data-plan=ready]', { state: 'attached' });
  });
  const planTotal = plan.reduce((s, [, n]) => s + n, 0);
  assert.ok(!plan.some(([p]) => p.endsWith('/jamsostek_bg.wasm')), 'the planning view does not fetch the full module');
  t.diagnostic(`first load ${(firstTotal / 1024).toFixed(1)} KB gzip, planning view ${(planTotal / 1024).toFixed(1)} KB gzip`);
  assert.ok(planTotal <= PLAN_VIEW_BUDGET, `planning view ${(planTotal / 1024).toFixed(1)} KB gzip > 195 KB: ${report(plan)}`);
  await context.close();
});
