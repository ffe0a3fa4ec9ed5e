// The national UCJ path drawn against the region's projection (issue 16 item 3): chosen with a
// national target or on its own, in the chart (legend, summary), its table and the share link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, openPlan, linkSettled } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
  test(`the national path is drawn against the projection, in the chart, its table and the link (${viewport.width} px)`, async () => {
    const { page, context, problems } = await openPage(env, { viewport });
    await openPlan(page);
    await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
    const head = () => page.$$eval('#chart-coverage-table thead th', (ths) => ths.map((th) => th.textContent));
    assert.ok(!(await head()).includes('Jalur nasional'), 'not drawn until asked');
    await page.click('#plan-national summary');
    await page.waitForSelector('body[data-national=ready]', { state: 'attached' });
    assert.equal(await page.isChecked('#plan-target-national'), false);
    // Choosing the RPJMN target draws the path with it (Ternate, 2024 + 5 years: 2025–2029).
    await page.click('#plan-national-rpjmn2025_2029_2029');
    await page.waitForFunction(() => /jalur nasional pada 2029: 43,92%\.$/.test(document.getElementById('chart-coverage-summary').textContent));
    assert.equal(await page.isChecked('#plan-target-national'), true);
    assert.ok((await head()).includes('Jalur nasional'));
    const row2027 = await page.locator('#chart-coverage-table tbody tr', { hasText: /^2027/ }).locator('td').allTextContents();
    assert.equal(row2027.at(-1), '37,97%', 'the drawn year between RKP 2026 and RPJMN 2029');
    const svg = decodeURIComponent((await page.getAttribute('#chart-coverage-img', 'src')).split(',')[1]);
    assert.match(svg, /Jalur nasional \(RPJMN, RPJPN\)/, 'named in the legend');
    await linkSettled(page);
    const s = JSON.parse(Buffer.from(new URL(page.url()).hash.match(/s=([^&]+)/)[1], 'base64url').toString());
    assert.equal(s.target.national, true, 'the link reopens it');
    // Unticked: the target stays, the path goes.
    await page.uncheck('#plan-target-national');
    await page.waitForFunction(() => !/jalur nasional/.test(document.getElementById('chart-coverage-summary').textContent));
    assert.ok(!(await head()).includes('Jalur nasional'));
    assert.equal(await page.inputValue('#plan-target-pct'), '43,92');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
