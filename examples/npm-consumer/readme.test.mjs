// The README's JavaScript section cannot drift from the package: checked against the installed
// package's .d.ts files (what `make npm-test` just packed from the Rust build).
//  - the export table names every export of every module, with exactly its parameter and result
//    types, and names nothing that is not exported;
//  - every `import … from` in the README's code blocks names what that module exports;
//  - the cookbook's blocks run against the package, and each `console.log(x); // value` prints
//    that value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const readme = readFileSync(new URL('../../README.md', here), 'utf8');
const section = readme.slice(readme.indexOf('## Use from JavaScript'), readme.indexOf('\n## National batch'));
const pkg = new URL('node_modules/jamsostek/', here);
const MODULES = { core: 'jamsostek_core', plan: 'jamsostek_plan', charts: 'jamsostek_charts', 'plan-tools': 'jamsostek_plan_tools', full: 'jamsostek' };
const WASM = { 'jamsostek/core': 'jamsostek/jamsostek_core_bg.wasm', 'jamsostek/plan': 'jamsostek/jamsostek_plan_bg.wasm',
  'jamsostek/charts': 'jamsostek/jamsostek_charts_bg.wasm', 'jamsostek/plan-tools': 'jamsostek/jamsostek_plan_tools_bg.wasm',
  jamsostek: 'jamsostek/jamsostek_bg.wasm' };
const SPECIFIERS = { 'jamsostek/core': 'core', 'jamsostek/plan': 'plan', 'jamsostek/charts': 'charts', 'jamsostek/plan-tools': 'plan-tools',
  jamsostek: 'full', './pkg/jamsostek_core.js': 'core', './pkg/jamsostek_plan.js': 'plan', './pkg/jamsostek_charts.js': 'charts',
  './pkg/jamsostek_plan_tools.js': 'plan-tools',
  './pkg/jamsostek.js': 'full' };

/** A module's exports from its .d.ts: functions with their types, classes with their methods' types. */
function exportsOf(module) {
  const dts = readFileSync(new URL(`${MODULES[module]}.d.ts`, pkg), 'utf8');
  const out = new Map();
  for (const m of dts.matchAll(/^\s*export function (\w+)\(([^)]*)\): ([^;]+);/gm)) {
    if (m[1] === 'initSync') continue;
    const params = m[2].split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split(': ')[1]);
    out.set(m[1], { takes: params, returns: [m[3].trim()] });
  }
  for (const m of dts.matchAll(/^\s*export class (\w+) \{([\s\S]*?)^\s*\}/gm)) {
    const ctor = m[2].match(/constructor\(([^)]*)\)/);
    const takes = ctor ? ctor[1].split(',').map((p) => p.trim().split(': ')[1]) : [];
    const returns = [...m[2].matchAll(/^\s*\w+\([^)]*\): ([A-Z]\w+);/gm)].map((r) => r[1]);
    out.set(m[1], { takes, returns });
  }
  return out;
}

/** The README's export table: name → { takes, returns, modules }. */
function table() {
  const rows = new Map();
  const start = section.indexOf('| export | takes | returns | modules |');
  assert.ok(start >= 0, 'the README has the export table');
  for (const line of section.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [name, takes, returns, modules] = line.split('|').slice(1, 5).map((c) => c.trim());
    const types = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    rows.set(name.replaceAll('`', ''), { takes: types(takes), returns: types(returns), modules: modules.split(',').map((m) => m.trim()) });
  }
  return rows;
}

test('the README\'s export table is every export of every module, with its types', () => {
  const rows = table();
  for (const module of Object.keys(MODULES)) {
    const exported = exportsOf(module);
    for (const [name, types] of exported) {
      const row = rows.get(name);
      assert.ok(row, `${name} (${module}) is exported but not in the README's table`);
      assert.ok(row.modules.includes(module), `${name} is in the ${module} module: the README's row says ${row.modules}`);
      assert.deepEqual(row.takes, types.takes, `${name} takes ${types.takes.join(', ')}`);
      assert.deepEqual(row.returns, types.returns, `${name} returns ${types.returns.join(', ')}`);
    }
    for (const [name, row] of rows) {
      if (row.modules.includes(module)) assert.ok(exported.has(name), `the README lists ${name} in ${module}, which does not export it`);
    }
  }
  const dts = readFileSync(new URL('jamsostek.d.ts', pkg), 'utf8');
  for (const [name, row] of rows) {
    for (const type of [...row.takes, ...row.returns].map((t) => t.replace('[]', ''))) {
      if (type === 'string') continue;
      assert.match(dts, new RegExp(`export type ${type} = `), `${name}: the type ${type} is declared`);
    }
  }
});

test('every import in the README names what its module exports', () => {
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  let seen = 0;
  for (const code of blocks) {
    for (const m of code.matchAll(/import (?:\w+, )?\{([^}]+)\}\s*from '([^']+)'/g)) {
      if (m[2].startsWith('node:')) continue;
      const module = SPECIFIERS[m[2]];
      assert.ok(module, `the README imports from ${m[2]}, which is no module of the package`);
      const exported = exportsOf(module);
      for (const name of m[1].split(',').map((n) => n.trim().split(' as ')[0]).filter(Boolean)) {
        assert.ok(exported.has(name) || name === 'initSync', `the README imports ${name} from ${m[2]}, which does not export it`);
        seen++;
      }
    }
  }
  assert.ok(seen >= 10, `only ${seen} imported names found`);
});

test('the cookbook runs against the package and prints what its comments say', async () => {
  const cookbook = section.slice(section.indexOf('### Cookbook')).split('\n### ')[0];
  const blocks = [...cookbook.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 3, 'three recipes: a program\'s cost, a contribution, a projection');
  for (const [i, code] of blocks.entries()) {
    // Node has no fetch for file: URLs: `await init()` becomes initSync with the module's bytes.
    const [, spec] = code.match(/import init, \{[^}]+\} from '([^']+)'/);
    let checks = 0;
    const script = code
      .replace(/import init, \{([^}]+)\} from '([^']+)';/, "import { initSync as __init,$1} from '$2';\nimport __assert from 'node:assert/strict';")
      .replace('await init();', `__init({ module: (await import('node:fs')).readFileSync(new URL(import.meta.resolve('${WASM[spec]}'))) });`)
      .replace(/^console\.log\((.*)\); \/\/ (.*)$/gm, (_, expr, expected) => { checks++; return `__assert.deepEqual(${expr}, ${expected}, ${JSON.stringify(expr)});`; });
    assert.ok(checks >= 2, `recipe ${i + 1} shows what it prints`);
    const file = new URL(`cookbook-${i + 1}.gen.mjs`, here);
    writeFileSync(file, script);
    try {
      await import(file.href);
    } finally {
      rmSync(file);
    }
  }
});
