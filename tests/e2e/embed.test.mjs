// Issue 18: the calculator embedded in another site. The page's own "Sematkan di situs Anda"
// snippet is pasted into a page served from a second local origin (another port); that page
// shows the compact embed, reads its result, and follows its height through postMessage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openPage, openPlan, typeInto } from './helpers.mjs';
import { start } from '../../tools/serve.mjs';

let env;
let other; // the second origin: another site's page
const dir = mkdtempSync(join(tmpdir(), 'jamsostek-host-'));
before(async () => {
  env = await setup();
  other = await start({ root: dir });
});
after(async () => {
  await env.close();
  await new Promise((ok) => other.server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

/** The snippet a view offers: opens its "Sematkan di situs Anda" and reads the code. */
async function snippetOf(page, view) {
  const offer = page.locator(`#view-${view} details.embed-offer`);
  await offer.locator('summary').click();
  return offer.locator('textarea').inputValue();
}

/** Another site's page with the snippet pasted in, opened in a fresh browser context. */
async function host(name, snippet, { hold } = {}) {
  writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Situs pemerintah daerah</title><link rel="icon" href="data:,"></head>
<body><h1>Berita daerah</h1><p>Hitung sendiri:</p>
${snippet}
<p id="after">Di bawah kalkulator.</p></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  // A slow connection: the requests `hold` matches answer 1.5 s late.
  if (hold) await context.route(hold, async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Every height the snippet gives the frame, from the first: none may run away while it loads.
  await page.addInitScript(() => {
    window.frameHeights = [];
    new MutationObserver(() => {
      const f = document.querySelector('iframe');
      if (f?.style.height) window.frameHeights.push(parseFloat(f.style.height));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  });
  await page.goto(`${other.url}/${name}.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('body[data-ready=true]').waitFor({ state: 'attached', timeout: 15_000 });
  return { page, context, frame, problems };
}

/** Waits until the iframe's height is the embedded page's own (sent through postMessage). */
async function heightFollows(page, frame) {
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px', null, { timeout: 10_000 });
  const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 1, `iframe ${outer}px for content ${inner}px`);
  return outer;
}

test('"Biaya program" embedded from another origin: its result, compact, height and link back', async () => {
  const { page, context, problems } = await openPage(env);
  await typeInto(page, '#cost-workers', '3.041');
  await typeInto(page, '#cost-months', '12');
  await page.waitForFunction(() => document.querySelector('#cost-total').textContent.length > 0);
  const total = await page.textContent('#cost-total');
  assert.match(total, /^Rp\u00a0[\d.]+$/);
  const snippet = await snippetOf(page, 'cost');
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;lang=id#v=cost&amp;c=[\w-]+" title="Kalkulator Cakupan Jamsostek"/);
  assert.match(snippet, /<script>addEventListener\("message"/);
  assert.deepEqual(problems, []);
  await context.close();

  const h = await host('cost', snippet);
  assert.notEqual(new URL(other.url).origin, new URL(env.url).origin, 'a second origin');
  assert.equal(await h.frame.locator('#cost-workers').inputValue(), '3.041');
  assert.equal(await h.frame.locator('#cost-total').textContent(), total, 'the same result as the full page');
  assert.equal(await h.frame.locator('header.top').isVisible(), false, 'no header');
  assert.equal(await h.frame.locator('.foot').isVisible(), false, 'no footer');
  assert.equal(await h.frame.locator('details.embed-offer').first().isVisible(), false, 'no snippet offer inside an embed');
  const back = h.frame.locator('a.embed-back');
  assert.equal(await back.textContent(), 'Buka kalkulator lengkap ↗');
  const href = await back.getAttribute('href');
  assert.ok(href.startsWith(new URL("/#v=cost&c=", env.url).href) && !href.includes('embed'), href);
  assert.equal(await back.getAttribute('target'), '_blank');
  const height = await heightFollows(h.page, h.frame);
  assert.ok(height < 640, `compact: ${height}px`);
  // Typing inside the embed recomputes there, and the height still follows.
  await h.frame.locator('#cost-months').fill('6');
  await h.frame.locator('#cost-total').filter({ hasNotText: total }).waitFor();
  assert.deepEqual(h.problems, []);
  await h.context.close();
});

test('the embed takes its language from the URL and stores nothing of the visitor', async () => {
  const { page, context } = await openPage(env);
  const snippet = (await snippetOf(page, 'cost')).replace('lang=id', 'lang=en');
  await context.close();
  const h = await host('cost-en', snippet);
  assert.equal(await h.frame.locator('html').getAttribute('lang'), 'en');
  assert.equal(await h.frame.locator('a.embed-back').textContent(), 'Open the full calculator ↗');
  assert.match(await h.frame.locator('#cost-total').textContent(), /^Rp\u00a0[\d,]+$/);
  await h.frame.locator('#cost-months').fill('3');
  await h.frame.locator('#cost-total').waitFor();
  assert.equal(await h.frame.locator('html').evaluate(() => localStorage.length), 0, 'nothing stored');
  assert.deepEqual(h.problems, []);
  await h.context.close();
});

test('a planning scenario embedded from the share panel shows its results, not its editor', async () => {
  const { page, context, problems } = await openPage(env);
  await openPlan(page);
  const budget = await page.textContent('#plan-card-budget');
  assert.ok(budget.length > 0);
  const offer = page.locator('#view-plan details.embed-offer');
  await offer.locator('summary').click();
  const snippet = await offer.locator('textarea').inputValue();
  assert.match(snippet, /\?embed&amp;lang=id#v=plan&amp;s=[\w-]+"/);
  assert.deepEqual(problems, []);
  await context.close();

  const h = await host('plan', snippet, { hold: /jamsostek_plan_bg\.wasm$/ });
  await h.frame.locator('body[data-plan=ready]').waitFor({ state: 'attached', timeout: 15_000 });
  await h.frame.locator('#plan-card-budget').filter({ hasText: budget }).waitFor();
  assert.equal(await h.frame.locator('#memo-title').textContent(), 'Memo perencanaan cakupan Jamsostek: Kota Ternate');
  assert.equal(await h.frame.locator('#memo-title').isVisible(), true, 'the region named');
  assert.equal(await h.frame.locator('#plan-memo').getAttribute('aria-hidden'), null);
  assert.equal(await h.frame.locator('#plan-form').isVisible(), false, 'no editor');
  assert.equal(await h.frame.locator('#plan-copy-link').isVisible(), false, 'no share panel');
  assert.equal(await h.frame.locator('#chart-coverage-img').isVisible(), true, 'the coverage chart');
  const drawn = await heightFollows(h.page, h.frame);
  // While the plan loaded (its module held 1.5 s), the frame was never much taller than the plan
  // it shows (a placeholder sized in vh inside the frame once made it grow with itself, frame
  // after frame).
  const heights = await h.page.evaluate(() => window.frameHeights);
  assert.ok(Math.max(...heights) <= drawn * 1.5, `heights while loading ${heights.join(', ')} against ${drawn} drawn`);
  assert.ok((await h.frame.locator('a.embed-back').getAttribute('href')).includes('#v=plan&s='));
  assert.deepEqual(h.problems, []);
  await h.context.close();
});
