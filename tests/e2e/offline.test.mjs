// Works offline after one visit; talks to no other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, typeInto, openPlan } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('after one visit the calculator works with the network off', async () => {
  const { page, context, problems } = await openPage(env);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload(); // now controlled by the service worker, which has cached the page
  await page.waitForSelector('body[data-ready=true]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await typeInto(page, '#cost-workers', '12.800');
  await typeInto(page, '#cost-months', '6');
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp\u00a01.290.240.000');
  await openPlan(page);
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.locator('#plan-card-ucj').textContent(), '72,75%');
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('using every view sends no request to any other origin and sets no cookie', async () => {
  const { page, context } = await openPage(env);
  const elsewhere = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(env.url) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  await typeInto(page, '#cost-workers', '3041');
  await openPlan(page);
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  await page.selectOption('#plan-preset', 'gianyar');
  await page.click('#plan-add-group');
  await page.click('#lang-toggle');
  await page.click('#tab-mine');
  await page.check('input[name=segment][value=wage]');
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('a copy running a year after its rules were checked says the rates may be old', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2028-01-15T09:00:00+08:00'));
  await page.goto(env.url);
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.isVisible('#rules-stale'), true);
  assert.match(await page.locator('#rules-stale').textContent(), /terakhir diperiksa 2026-11-22 \(419 hari lalu\)/);
  // It names the old values, not one date for all.
  assert.match(await page.locator('#rules-stale').textContent(), /\(419 hari lalu\): JKK tingkat risiko sangat rendah \(kelas 1\), .* dan \d+ lainnya\./);
  await page.clock.setFixedTime(new Date('2027-01-10T09:00:00+08:00'));
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.isVisible('#rules-stale'), false, 'seven weeks after the check the rules are current');
  await context.close();
});

test('a real trap is a RuntimeError, and after one the page restarts the calculator, keeping the input', async () => {
  const { page, context, problems } = await openPage(env);
  await typeInto(page, '#cost-workers', '12.800');
  await typeInto(page, '#cost-months', '6');
  // A real trap: asking the instance's allocator for ~4 GB aborts (panic = "abort").
  const kind = await page.evaluate(async () => {
    const m = await import('/pkg/jamsostek.js');
    const exports = await m.default();
    try { exports.__wbindgen_malloc(0xfffffff0, 1); return 'no trap'; } catch (e) { return e.constructor.name; }
  });
  assert.equal(kind, 'RuntimeError');
  // The next call traps as such a broken instance would; the page must recover from it.
  await page.evaluate(() => {
    const calc = window.jamsostekEngine.calc;
    calc.programCost = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
  });
  await typeInto(page, '#cost-workers', '3041');
  await page.waitForFunction(() => document.querySelector('#fatal').textContent.includes('sudah dimuat ulang'));
  assert.equal(await page.inputValue('#cost-workers'), '3041', 'input kept');
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp\u00a0306.532.800', 'recomputed by the new instance');
  assert.equal(await page.evaluate(() => window.jamsostekEngine.instances), 2);
  // Everything works afterwards, on every view.
  await typeInto(page, '#cost-months', '12');
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp\u00a0613.065.600');
  await openPlan(page);
  await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
  assert.equal(await page.locator('#plan-card-ucj').textContent(), '72,75%');
  assert.deepEqual(problems.filter((p) => !p.includes('RuntimeError') && !p.includes('unreachable')), []);
  await context.close();
});

test('"Biaya program" across budget years is the core\'s: no planning module, and a trap restarts the core', async () => {
  const { page, context, problems } = await openPage(env);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await typeInto(page, '#cost-workers', '3.041');
  await page.fill('#cost-start', '2026-11');
  await typeInto(page, '#cost-months', '14');
  await page.waitForFunction(() => document.querySelector('#cost-total').textContent === 'Rp\u00a0715.243.200');
  assert.equal(await page.evaluate(() => window.jamsostekEngine.planInstances), 0, 'no planning module for the start month');
  assert.ok(!fetched.some((p) => /jamsostek_plan/.test(p)), `nothing of it fetched: ${fetched}`);
  await page.evaluate(() => {
    window.jamsostekEngine.calc.programCost = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
  });
  await typeInto(page, '#cost-workers', '3.042');
  await page.waitForFunction(() => document.querySelector('#fatal').textContent.includes('sudah dimuat ulang'));
  assert.equal(await page.evaluate(() => window.jamsostekEngine.instances), 2, 'a fresh core instance');
  assert.equal(await page.evaluate(() => window.jamsostekEngine.planInstances), 0, 'and still no planning one');
  assert.equal(await page.locator('#cost-total').textContent(), 'Rp\u00a0715.478.400', 'recomputed by it: 3.042 × Rp 16.800 × 14');
  assert.equal(await page.isVisible('#view-plan'), false, 'the planning view was never opened');
  assert.deepEqual(problems.filter((p) => !p.includes('RuntimeError') && !p.includes('unreachable')), []);
  await context.close();
});

test('a trap in the planning panels\' module restarts it, and the open question is answered again', async () => {
  const { page, context, problems } = await openPage(env);
  await openPlan(page);
  await page.focus('#plan-solve-target-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-solve-target=ready]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#st-summary').textContent !== '');
  const before = await page.locator('#st-summary').textContent();
  assert.equal(await page.evaluate(() => window.jamsostekEngine.toolsInstances), 1, 'the panels\' module, once');
  await page.evaluate(() => {
    window.jamsostekEngine.tools.solveView = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
  });
  await typeInto(page, '#st-target-pct', '81');
  await page.waitForFunction(() => document.querySelector('#fatal').textContent.includes('sudah dimuat ulang'));
  assert.equal(await page.evaluate(() => window.jamsostekEngine.toolsInstances), 2, 'a fresh panels\' instance');
  assert.equal(await page.inputValue('#st-target-pct'), '81', 'input kept');
  await page.waitForFunction((old) => document.querySelector('#st-summary').textContent.includes('81%') && document.querySelector('#st-summary').textContent !== old, before);
  assert.deepEqual(problems.filter((p) => !p.includes('RuntimeError') && !p.includes('unreachable')), []);
  await context.close();
});

test('a new deployment replaces what the service worker cached', async () => {
  const { mkdtemp, cp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { start } = await import('../../tools/serve.mjs');
  const root = await mkdtemp(join(tmpdir(), 'jamsostek-deploy-'));
  await cp(new URL('../../www', import.meta.url), root, { recursive: true });
  await cp(new URL('../../pkg', import.meta.url), join(root, 'pkg'), { recursive: true });
  const { server, url } = await start({ root });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const sample = () => page.evaluate(async () => (await fetch('contoh-kelompok.csv')).text());
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    assert.ok((await sample()).includes('Petani'));
    await writeFile(join(root, 'contoh-kelompok.csv'), 'nama;pekerja\r\nVersi baru;1\r\n'); // the new deployment
    assert.ok((await sample()).includes('Versi baru'), 'online: the new file, not the cached one');
    await context.setOffline(true);
    assert.ok((await sample()).includes('Versi baru'), 'offline: the cache holds the new file');
  } finally {
    await context.close();
    await new Promise((ok) => server.close(ok));
    await rm(root, { recursive: true, force: true });
  }
});
