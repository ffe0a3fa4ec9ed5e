// The example's plain HTML page in Chromium: the package's browser entry points, no bundler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from '../../tests/e2e/helpers.mjs';

let env;
before(async () => { env = await setup({ root: new URL('.', import.meta.url).pathname }); });
after(async () => { await env.close(); });

test('a plain page imports the installed package and shows its three answers', async () => {
  const { page, context, problems } = await openPage(env, { path: 'index.html' });
  assert.equal(await page.textContent('#cost'), 'Rp\u00a01,290,240,000 (Rp\u00a01.29\u00a0billion)');
  assert.equal(await page.textContent('#contribution'), 'Rp 8400 a month');
  assert.match(await page.textContent('#project'), /^Kota Ternate: 72\.75% in 2024, \d+(\.\d+)?% in 20\d\d$/);
  assert.deepEqual(problems, []);
  await context.close();
});
