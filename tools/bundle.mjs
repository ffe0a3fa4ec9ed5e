// The planning view's first screen in one request (issue 17): dist/views/plan.js with the
// modules only it and its panels use (plan-state, plan-form, plan-results, plan-share,
// region-picker) bundled into it by esbuild. Everything else it imports stays an import: what it
// shares with the shell (ui.js, i18n.js), its strings (plan-strings.js, which the shell also
// imports to label the view before it opens) and the modules loaded later (the panels, the
// region list, the national targets), which import the shared state from plan.js itself
// (www/views/plan.js re-exports it), so there is one copy of it. The bundled files then leave
// dist/, and the two lists that name them (app.js's preloads, sw.js's offline files), so that
// nothing fetches them; the page tests run on this dist/. www/ stays as written, one file per
// module (PAGE_ROOT=www runs the tests on it).
//   node tools/bundle.mjs dist
import { build } from 'esbuild';
import { readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = process.argv[2] ?? 'dist';
const views = join(root, 'views');
export const BUNDLED = ['plan-state.js', 'plan-form.js', 'plan-results.js', 'plan-share.js', 'region-picker.js'];
const entry = join(views, 'plan.js');

const result = await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  write: true,
  logLevel: 'warning',
  plugins: [{
    name: 'only-the-first-screen',
    setup(b) {
      // Any import but the named ones stays an import, as written.
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const file = basename(args.path);
        if (args.kind === 'import-statement' && args.path === `./${file}` && BUNDLED.includes(file)) return undefined;
        return { path: args.path, external: true };
      });
    },
  }],
});

const inputs = Object.keys(result.metafile.inputs).map((p) => basename(p)).sort();
const want = ['plan.js', ...BUNDLED].sort();
if (JSON.stringify(inputs) !== JSON.stringify(want)) throw new Error(`bundle.mjs: bundled ${inputs.join(', ')}, not ${want.join(', ')}`);
for (const f of BUNDLED) rmSync(join(views, f));

/** Removes each bundled file's entry from a list in `file`, with its comma (each found exactly once). */
function unlist(file, entryOf) {
  let text = readFileSync(file, 'utf8');
  for (const f of BUNDLED) {
    const item = entryOf(`views/${f}`).replace(/[[\]'.]/g, '\\$&');
    const found = text.match(new RegExp(item, 'g'))?.length ?? 0;
    if (found !== 1) throw new Error(`bundle.mjs: ${file} names views/${f} ${found} times, not once`);
    text = text.replace(new RegExp(`${item},\\s*|,\\s*${item}`), '');
  }
  writeFileSync(file, text);
}
unlist(join(root, 'app.js'), (f) => `['${f}']`);
unlist(join(root, 'sw.js'), (f) => `'${f}'`);

// Nothing left in dist/ may still ask for a file that is gone (an import, a dynamic import, a
// list entry): it would fail only here, not in www/.
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'data' ? [] : scripts(p);
    return p.endsWith('.js') ? [p] : [];
  });
}
for (const file of scripts(root)) {
  const text = readFileSync(file, 'utf8');
  for (const f of BUNDLED) {
    const name = f.replace('.', '\\.');
    const asked = new RegExp(`(from\\s*|import\\s*\\(\\s*)['"][^'"]*\\b${name}['"]|['"]views/${name}['"]`);
    if (asked.test(text)) throw new Error(`bundle.mjs: ${file} still asks for ${f}, which is bundled into views/plan.js`);
  }
}
console.log(`bundled dist/views/plan.js: plan.js + ${BUNDLED.join(', ')}`);
