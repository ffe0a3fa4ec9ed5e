// @ts-check
// The plain page's script: the package's browser entry points fetch their .wasm beside themselves.
import initCore, { programCost, contribution } from './node_modules/jamsostek/jamsostek_core.js';
import initPlan, { presets, project } from './node_modules/jamsostek/jamsostek.js';

await Promise.all([initCore(), initPlan()]);

/** @param {string} id @param {string} text */
const show = (id, text) => { const el = document.getElementById(id); if (el) el.textContent = text; };

const cost = programCost({ workers: '12.800', months: 6, asOf: '2026-06-01', lang: 'en' });
show('cost', cost.total ? `${cost.total.text} (${cost.total.short})` : cost.errors.map((e) => e.messageEn).join(' '));

const c = contribution({ segment: 'informal', asOf: '2026-06-01', lang: 'en' });
show('contribution', c.ok ? `Rp ${c.total} a month` : c.errors.map((e) => e.messageEn).join(' '));

const ternate = presets().find((p) => p.id === 'ternate');
if (ternate) {
  const p = project(ternate.scenario);
  const last = p.years.at(-1);
  show('project', p.base && last ? `${p.base.name}: ${p.base.coveragePct}% in ${p.base.year}, ${last.coveragePct}% in ${last.year}` : 'not projected');
}
document.body.dataset.ready = 'true';
