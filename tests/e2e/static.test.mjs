// What the page's source must never do, checked on the files themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

const www = new URL('../../www/', import.meta.url);

test('no script writes HTML from strings', async () => {
  for (const f of (await readdir(www, { recursive: true })).filter((f) => f.endsWith('.js'))) {
    const src = await readFile(new URL(f, www), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      assert.ok(!src.includes(sink), `${f} uses ${sink}`);
    }
  }
});

test('the page carries a strict Content-Security-Policy and no inline script or style', async () => {
  const html = await readFile(new URL('index.html', www), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(d), `CSP lacks ${d}`);
  }
  assert.ok(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), 'no unsafe-inline / unsafe-eval');
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline <script>');
  assert.ok(!/\sstyle="/.test(html) && !/<style/.test(html), 'no inline styles');
  assert.ok(!/\son[a-z]+="/.test(html), 'no inline event handlers');
  // The favicon's inline SVG names its namespace, an identifier no browser fetches.
  const page = html.replace(/<!--[\s\S]*?-->/g, '').replaceAll("xmlns='http://www.w3.org/2000/svg'", '');
  assert.ok(!/https?:\/\//.test(page), 'no address of another origin in the page');
});
