// "Biaya program": workers × months of the BPU basic package → the yearly budget, with its rules.
import { $, ui, engine, loadFailed, el, msg, num, today, translator, markStale, showErrors, showSources, showWarnings } from '../ui.js';
import { why } from './mine.js';

export const strings = {
  id: {
    costHeading: 'Biaya program perlindungan pekerja rentan',
    costLead: 'Berapa anggaran untuk membayar iuran paket dasar BPU (JKK + JKM) sejumlah pekerja? Iuran dibayar pemerintah (APBD), jadi tanpa diskon PP 50/2025.',
    workers: 'Jumlah pekerja',
    workersHint: 'Contoh: 12.800 (titik sebagai pemisah ribuan)',
    months: 'Bulan dibayar',
    monthsHint: '1 sampai 12 (dengan bulan mulai: sampai 60)',
    start: 'Mulai bulan (opsional: program lintas tahun anggaran)',
    budgetProgram: 'Anggaran seluruh program',
    budgetPerYear: 'Anggaran per tahun',
    premiumPerMonth: 'Iuran per pekerja per bulan',
    perWorker: 'Per pekerja untuk bulan yang dibayar',
    summary: '{workers} pekerja × {months} bulan × {premium} per bulan',
  },
  en: {
    costHeading: 'Cost of protecting vulnerable workers',
    costLead: 'What budget pays the BPU basic package (JKK + JKM) for a number of workers? The government (APBD) pays, so no PP 50/2025 discount applies.',
    workers: 'Number of workers',
    workersHint: 'E.g. 12.800 (a dot groups thousands, Indonesian style)',
    months: 'Months paid',
    monthsHint: '1 to 12 (with a first month: up to 60)',
    start: 'First month (optional: a program across budget years)',
    budgetProgram: 'Budget for the whole program',
    budgetPerYear: 'Budget per year',
    premiumPerMonth: 'Contribution per worker per month',
    perWorker: 'Per worker for the months paid',
    summary: '{workers} workers × {months} months × {premium} a month',
  },
};
const tr = translator(strings);

let input = {};

/** Reads the form; returns what is saved for this view. */
export function read() {
  input = { workers: $('cost-workers').value, months: $('cost-months').value, start: $('cost-start').value };
  return input;
}

export function render() {
  const { start, ...req } = input;
  // The core module, once (a plan link starts without it).
  if (!engine.calc) { engine.loadCore().then(() => guard(render), loadFailed); return; }
  const res = engine.calc.programCost({ ...req, ...(start ? { start } : {}), asOf: today(), lang: ui.lang });
  showErrors($('cost-form'), 'cost', res.errors, $('cost-asOf-error'));
  const hadResult = $('cost-total').textContent !== '';
  if (!res.ok) { markStale('cost', hadResult); return; }
  markStale('cost', false);
  $('cost-total').textContent = res.total.text;
  $('cost-short').textContent = res.total.short;
  // Across budget years: the budget's own formula (N pekerja × Rp 16.800 × M bulan) and each year's.
  const span = (res.years?.length ?? 0) > 0;
  const formula = (x) => (ui.lang === 'id' ? x.formulaId : x.formulaEn);
  $('cost-total-label').textContent = tr(span ? 'budgetProgram' : 'budgetPerYear');
  $('cost-summary').textContent = span ? formula(res)
    : tr('summary', { workers: num(res.workers), months: num(res.months), premium: res.monthlyPremium.text });
  $('cost-years').hidden = !span;
  $('cost-years').replaceChildren(...(res.years ?? []).map((y) => el('li', `${y.year}: ${formula(y)}`)));
  $('cost-premium').textContent = res.monthlyPremium.text;
  $('cost-per-worker').textContent = res.perWorker.text;
  // The premium's lines and what it buys: across budget years, those of the first month paid.
  const first = start ? engine.calc.programCost({ workers: req.workers, months: '1', asOf: `${start}-01`, lang: ui.lang }) : res;
  $('cost-buys').textContent = first.buys ? msg(first.buys) : '';
  $('cost-lines').replaceChildren(...(first.items ?? []).map((l) => el('li', `${l.program.toUpperCase()}: ${why(l, first.applied)}`)));
  showWarnings($('cost-warnings'), res.warnings);
  showSources($('cost-sources'), res.applied);
}

/** Fills the form from saved or linked input (else Rust's defaults). */
export function fill(saved, defaults) {
  const c = { ...defaults.programCost, ...saved };
  $('cost-workers').value = c.workers;
  $('cost-months').value = c.months;
  $('cost-start').value = c.start ?? '';
  read();
}

/** Fills the form and follows typing. */
let guard = (fn) => fn();

export function setup({ saved, defaults, changed, guard: shellGuard }) {
  guard = shellGuard;
  fill(saved, defaults);
  $('cost-form').addEventListener('input', () => { read(); guard(render); changed(input); });
  $('cost-form').addEventListener('submit', (e) => e.preventDefault());
}
