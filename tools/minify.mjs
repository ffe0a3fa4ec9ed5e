// Makes dist/ smaller without changing what runs: the page's CSS loses its comments and spare
// whitespace, its JS (the page's own and wasm-bindgen's glue in pkg/) loses whole-line `//`
// comments, `/** … */` doc blocks that start a line, and the indentation of every line that
// starts outside a template literal. The sources in www/ keep every comment. Conservative by construction: a line
// is dropped only outside a template literal (an even number of backticks before it), and every
// JS file is checked to parse afterwards (node --check), so a mistake fails the build.
//   node tools/minify.mjs dist
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

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

export function js(text) {
  const out = [];
  let ticks = 0;
  let inDoc = false;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const outside = ticks % 2 === 0;
    if (inDoc) { if (t.endsWith('*/')) inDoc = false; continue; }
    if (outside && t.startsWith('/**') && !t.includes('*/')) { inDoc = true; continue; }
    if (outside && t.startsWith('/**') && t.endsWith('*/')) continue;
    if (outside && t.startsWith('//')) continue;
    ticks += (line.match(/`/g) ?? []).length;
    out.push(outside ? line.trimStart() : line); // indentation inside a template literal is text
  }
  // An odd count at the end means a backtick was counted that opens no template literal (in a
  // string, a regex or a trailing comment): then what was taken for "outside" may not be.
  if (ticks % 2) throw new Error('minify: unbalanced backticks; refusing to strip this file');
  return out.join('\n');
}

let before = 0;
let after = 0;
for (const f of files(root)) {
  if (!/\.(css|js|mjs)$/.test(f)) continue;
  const text = readFileSync(f, 'utf8');
  const small = f.endsWith('.css') ? css(text) : js(text);
  writeFileSync(f, small);
  if (!f.endsWith('.css')) execFileSync(process.execPath, ['--experimental-default-type=module', '--check', f], { stdio: 'inherit' });
  before += text.length;
  after += small.length;
}
console.log(`minified ${root}: ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB raw`);
