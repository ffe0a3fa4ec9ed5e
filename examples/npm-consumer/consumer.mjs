// @ts-check
// Another program using the npm package in Node: the three commonest questions and a planning
// page's first screen (the figures, then the charts drawn apart), checked.
// `make npm-test` installs the packed tarball here, runs this, and type-checks it (tsc, strict).
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import * as core from 'jamsostek/core';
import * as plan from 'jamsostek';

// Node has no fetch for file: URLs: hand each module its bytes.
core.initSync({ module: readFileSync(new URL(import.meta.resolve('jamsostek/jamsostek_core_bg.wasm'))) });
// `project` is in the full module (the planning module ships only what the page's planning view calls).
plan.initSync({ module: readFileSync(new URL(import.meta.resolve('jamsostek/jamsostek_bg.wasm'))) });

// 1. What does a program cost? 12,800 workers for 6 months of the BPU basic package.
const cost = core.programCost({ workers: '12.800', months: 6, asOf: '2026-06-01' });
// `total` is null when the request has errors (`ok` false): the types say so.
assert.ok(cost.ok && cost.total);
assert.equal(cost.total.value, 1_290_240_000);
assert.equal(cost.total.text, 'Rp\u00a01.290.240.000'); // a no-break space after Rp
console.log(`programCost: ${cost.total.text} (${cost.total.short}), ${cost.applied.length} rules applied`);

// 2. What does a worker pay? An informal worker paying for themself, and with the APBD paying.
const self = core.contribution({ segment: 'informal', asOf: '2026-06-01' });
const apbd = core.contribution({ segment: 'informal', asOf: '2026-06-01', funder: 'apbd' });
assert.equal(self.total, 8400);
assert.equal(apbd.total, 16800);
const lines = self.items.map((i) => `${i.program} ${i.amount}`).join(', ');
console.log(`contribution: ${self.total} a month (${lines}); ${apbd.total} when the APBD pays`);

// Bad input never throws: it comes back beside its field.
const bad = core.programCost({ workers: '-5', months: 6, asOf: '2026-06-01' });
assert.equal(bad.ok, false);
assert.equal(bad.errors[0]?.field, 'workers');

// 3. Where does a scenario lead? A preset, projected year by year.
const ternate = plan.presets().find((p) => p.id === 'ternate');
assert.ok(ternate, 'the Ternate preset');
const projection = plan.project(ternate.scenario);
assert.ok(projection.ok && projection.base);
const last = projection.years.at(-1);
assert.ok(last && last.coveragePct !== null && last.coveragePct > 0);
console.log(`project: ${projection.base.name} ${projection.base.year} ${projection.base.coveragePct}% → ${last.year} ${last.coveragePct}%, budget ${last.cumulativeBudget}`);

// 4. A planning page's first screen: the planning module's figures, then its charts drawn by the
// charts module from the data planView gives; the same pictures as the full module draws itself.
const planning = await import('jamsostek/plan');
const charts = await import('jamsostek/charts');
planning.initSync({ module: readFileSync(new URL(import.meta.resolve('jamsostek/jamsostek_plan_bg.wasm'))) });
charts.initSync({ module: readFileSync(new URL(import.meta.resolve('jamsostek/jamsostek_charts_bg.wasm'))) });
const request = { scenario: ternate.scenario, width: 360, lang: /** @type {const} */ ('id') };
const figures = planning.planView(request);
assert.ok(figures.chartData && figures.charts, 'the planning module gives the charts\' data');
assert.equal(figures.charts.coverage.svg, '', 'and draws nothing itself');
const drawn = charts.drawCharts({ data: figures.chartData, width: 360, lang: 'id' });
const whole = plan.planView(request);
assert.ok(drawn.ok && whole.charts && whole.chartData === null);
assert.equal(drawn.coverage, whole.charts.coverage.svg);
assert.equal(drawn.budget, whole.charts.budget.svg);
assert.equal(drawn.groups, whole.charts.groups.svg);
console.log(`drawCharts: ${drawn.coverage.length + drawn.budget.length + drawn.groups.length} characters of SVG, as planView draws them in one call`);
