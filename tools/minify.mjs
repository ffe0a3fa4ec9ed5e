// Makes dist/ smaller without changing what runs: the page's CSS loses its comments and spare
// whitespace; its JS (the page's own and wasm-bindgen's glue in pkg/) is minified by esbuild, file
// by file (no bundling: imports, exports and the module format stay as written; local names are
// shortened, comments and whitespace go; no syntax is lowered). The sources in www/ keep every
// comment. Every JS file is checked to parse afterwards (node --check), and the page tests run
// against dist/ (tests/e2e/helpers.mjs), so what they check is what ships.
//   node tools/minify.mjs dist
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';

const root = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'data' ? [] : files(p);
    return [p];
  });
}

export function css(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

let before = 0;
let after = 0;
for (const f of files(root)) {
  if (!/\.(css|js|mjs)$/.test(f)) continue;
  const text = readFileSync(f, 'utf8');
  const small = f.endsWith('.css') ? css(text) : transformSync(text, { minify: true, legalComments: 'none', charset: 'utf8' }).code;
  writeFileSync(f, small);
  if (!f.endsWith('.css')) execFileSync(process.execPath, ['--experimental-default-type=module', '--check', f], { stdio: 'inherit' });
  before += text.length;
  after += small.length;
}
console.log(`minified ${root}: ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB raw`);
