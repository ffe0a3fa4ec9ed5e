// Charts to keep (issue 14): a downloaded SVG or PNG carries a title (region, what it shows,
// years) and a source line; each chart's data downloads as CSV. Drawn by the full module, which
// the planning view fetches on the first download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, openPage, openPlan } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 900 }]) {
  test(`a chart downloads with its title and source, and its data as CSV (${viewport.width} px)`, async () => {
    const { page, context, problems } = await openPage(env, { viewport });
    await openPlan(page);
    await page.waitForSelector('#chart-coverage-img[src^="data:image/svg+xml"]');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=coverage][data-format=svg]')]);
    const text = await readFile(await svg.path(), 'utf8');
    assert.match(text, /^<svg/);
    assert.match(text, /Kota Ternate — /, 'the title names the region');
    assert.match(text, /Sumber: Kalkulator Cakupan Jamsostek/, 'a source line');
    assert.match(svg.suggestedFilename(), /^jamsostek-kota-ternate-.*2024\.svg$/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=budget][data-format=png]')]);
    assert.equal((await readFile(await png.path())).subarray(1, 4).toString(), 'PNG');
    assert.match(png.suggestedFilename(), /\.png$/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=groups][data-format=csv]')]);
    const data = await readFile(await csv.path(), 'utf8');
    assert.ok(data.startsWith('\uFEFF'), 'a BOM for Excel');
    assert.match(data, /Ojek pangkalan/);
    assert.match(csv.suggestedFilename(), /\.csv$/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
