// "Iuran saya": a worker's monthly contribution by program and payer, with the rule behind each line.
import { $, ui, engine, loadFailed, el, money, msg, today, translator, markStale, showErrors, showSources, showWarnings } from '../ui.js';

export const strings = {
  id: {
    mineHeading: 'Iuran saya',
    mineLead: 'Berapa iuran BPJS Ketenagakerjaan per bulan, siapa yang membayar, dan aturan mana dasarnya.',
    segment: 'Status pekerjaan',
    segInformal: 'Bukan penerima upah (mandiri / informal)',
    segWage: 'Penerima upah (karyawan)',
    segConstruction: 'Proyek jasa konstruksi',
    asOf: 'Tanggal (aturan yang berlaku)',
    declaredIncome: 'Penghasilan per bulan yang dilaporkan',
    declaredIncomeHint: 'Paling rendah Rp\u00a01.000.000',
    workerType: 'Jenis pekerjaan',
    wtOther: 'Pekerja informal lainnya',
    wtTransport: 'Pengemudi / ojek / kurir',
    funder: 'Yang membayar iuran',
    fSelf: 'Saya sendiri',
    fApbd: 'Pemerintah daerah (APBD)',
    fApbn: 'Pemerintah pusat (APBN)',
    fApbdes: 'Desa (APBDes / Dana Desa)',
    fEmployer: 'Pemberi kerja / mitra',
    fCsr: 'CSR perusahaan',
    fZakat: 'Zakat (BAZNAS)',
    fOther: 'Pihak lain',
    withJht: 'Ikut JHT (tabungan hari tua, 2%)',
    wage: 'Upah per bulan',
    wageHint: 'Gaji pokok + tunjangan tetap, contoh: 5.000.000',
    riskClass: 'Tingkat risiko tempat kerja (JKK)',
    risk1: 'Sangat rendah (0,24%)',
    risk2: 'Rendah (0,54%)',
    risk3: 'Sedang (0,89%)',
    risk4: 'Tinggi (1,27%)',
    risk5: 'Sangat tinggi (1,74%)',
    programs: 'Program yang diikuti',
    programsHint: 'JKK dan JKM selalu diikuti.',
    industry: 'Industri pemberi kerja',
    indOther: 'Lainnya',
    indFood: 'Makanan, minuman, tembakau',
    indTextile: 'Tekstil dan pakaian jadi',
    indLeather: 'Kulit dan barang kulit',
    indFootwear: 'Alas kaki',
    indToys: 'Mainan anak',
    indFurniture: 'Furnitur',
    employees: 'Jumlah pekerja di perusahaan',
    employeesHint: 'Untuk diskon JKK padat karya (PP 7/2025); boleh dikosongkan',
    birth: 'Tahun lahir, atau tahun-bulan',
    birthHint: 'Contoh: 1966 atau 1966-12. Boleh kosong; JP berhenti sesudah usia pensiun (PP 45/2015)',
    contractValue: 'Nilai kontrak proyek',
    contractValueHint: 'Contoh: 2.000.000.000',
    perMonth: 'Iuran per bulan',
    perProject: 'Iuran untuk seluruh proyek',
    breakdown: 'Rincian iuran per program dan pembayar',
    colProgram: 'Program',
    colPayer: 'Dibayar oleh',
    colAmount: 'Jumlah',
    discount: 'diskon {amount}',
    deferred: 'ditunda {amount}',
    jpStopped: 'usia pensiun',
    payer_employer: 'Pemberi kerja',
    payer_worker: 'Pekerja',
    payer_apbn: 'Pemerintah pusat (APBN)',
    payer_apbd: 'Pemerintah daerah (APBD)',
    payer_apbdes: 'Desa (APBDes / Dana Desa)',
    payer_other: 'Pihak lain',
    prog_jkk: 'JKK – Kecelakaan Kerja',
    prog_jkm: 'JKM – Kematian',
    prog_jht: 'JHT – Hari Tua',
    prog_jp: 'JP – Pensiun',
    prog_jkp: 'JKP – Kehilangan Pekerjaan',
  },
  en: {
    mineHeading: 'My contribution',
    mineLead: 'What the monthly BPJS Ketenagakerjaan contribution is, who pays it, and which rule says so.',
    segment: 'Employment status',
    segInformal: 'Informal / self-employed (BPU)',
    segWage: 'Wage earner (employee)',
    segConstruction: 'Construction project',
    asOf: 'Date (rules in force)',
    declaredIncome: 'Declared monthly income',
    declaredIncomeHint: 'At least Rp\u00a01,000,000',
    workerType: 'Kind of work',
    wtOther: 'Other informal worker',
    wtTransport: 'Driver / ojek / courier',
    funder: 'Who pays',
    fSelf: 'I do',
    fApbd: 'Regional government (APBD)',
    fApbn: 'Central government (APBN)',
    fApbdes: 'Village (APBDes / Dana Desa)',
    fEmployer: 'Employer / partner',
    fCsr: 'Company CSR',
    fZakat: 'Zakat (BAZNAS)',
    fOther: 'Someone else',
    withJht: 'Join JHT (old-age savings, 2%)',
    wage: 'Monthly wage',
    wageHint: 'Basic wage + fixed allowances, e.g. 5.000.000',
    riskClass: 'Workplace risk class (JKK)',
    risk1: 'Very low (0.24%)',
    risk2: 'Low (0.54%)',
    risk3: 'Medium (0.89%)',
    risk4: 'High (1.27%)',
    risk5: 'Very high (1.74%)',
    programs: 'Programs joined',
    programsHint: 'JKK and JKM are always included.',
    industry: "Employer's industry",
    indOther: 'Other',
    indFood: 'Food, beverages, tobacco',
    indTextile: 'Textiles and apparel',
    indLeather: 'Leather and leather goods',
    indFootwear: 'Footwear',
    indToys: "Children's toys",
    indFurniture: 'Furniture',
    employees: 'Workers at the employer',
    employeesHint: 'For the labour-intensive JKK discount (PP 7/2025); may be left empty',
    birth: 'Year of birth, or year-month',
    birthHint: 'E.g. 1966 or 1966-12. May be empty; JP stops after the pension age (PP 45/2015)',
    contractValue: 'Project contract value',
    contractValueHint: 'E.g. 2.000.000.000',
    perMonth: 'Contribution per month',
    perProject: 'Contribution for the whole project',
    breakdown: 'Contribution by program and payer',
    colProgram: 'Program',
    colPayer: 'Paid by',
    colAmount: 'Amount',
    discount: 'discount {amount}',
    deferred: 'deferred {amount}',
    jpStopped: 'pension age',
    payer_employer: 'Employer',
    payer_worker: 'Worker',
    payer_apbn: 'Central government (APBN)',
    payer_apbd: 'Regional government (APBD)',
    payer_apbdes: 'Village (APBDes / Dana Desa)',
    payer_other: 'Other payer',
    prog_jkk: 'JKK – Work accident',
    prog_jkm: 'JKM – Death',
    prog_jht: 'JHT – Old-age savings',
    prog_jp: 'JP – Pension',
    prog_jkp: 'JKP – Job loss',
  },
};
const tr = translator(strings);

/**
 * How a line was reached, from Rust's data (no arithmetic here): `Rp 1.000.000 × 1% = Rp 10.000 —
 * PP 44/2015 (JKK dan JKM)`; the rate's text is its parameter's (the line's first), the sources
 * those of every parameter the line used.
 */
export function why(line, applied) {
  const find = (id) => applied.find((a) => a.id === id);
  const rate = line.rate != null && line.base != null ? find(line.params[0]) : null;
  const head = rate ? `${money(line.base)} × ${ui.lang === 'id' ? rate.textId : rate.textEn} = ${money(line.gross)}` : money(line.gross);
  const regs = [...new Set(line.params.map((id) => find(id)?.citation.regulation).filter(Boolean))];
  return regs.length ? `${head} — ${regs.join('; ')}` : head;
}

let input = {};

/** Reads the form; returns what is saved for this view. */
export function read() {
  const f = $('mine-form');
  input = {
    segment: f.querySelector('input[name=segment]:checked')?.value ?? 'informal',
    asOf: $('mine-asOf').value,
    wage: $('mine-wage').value,
    riskClass: $('mine-riskClass').value,
    employees: $('mine-employees').value,
    birth: $('mine-birth').value,
    industry: $('mine-industry').value,
    programs: [...f.querySelectorAll('input[name=program]:checked')].map((c) => c.value),
    declaredIncome: $('mine-declaredIncome').value,
    workerType: $('mine-workerType').value,
    funder: $('mine-funder').value,
    withJht: $('mine-withJht').checked,
    contractValue: $('mine-contractValue').value,
  };
  return input;
}

function request() {
  const m = input;
  const req = { segment: m.segment, asOf: m.asOf || today(), lang: ui.lang };
  if (m.segment === 'wage') {
    Object.assign(req, { wage: m.wage, riskClass: m.riskClass, industry: m.industry, programs: m.programs });
    for (const k of ['employees', 'birth']) if ((m[k] ?? '').trim() !== '') req[k] = m[k];
  } else if (m.segment === 'informal') {
    Object.assign(req, { declaredIncome: m.declaredIncome, workerType: m.workerType, funder: m.funder, withJht: m.withJht });
  } else {
    req.contractValue = m.contractValue;
  }
  return req;
}

export function render() {
  for (const g of document.querySelectorAll('#mine-form .group')) g.hidden = g.dataset.segment !== input.segment;
  // A plan link starts without the core module: it arrives once the plan is drawn.
  if (!engine.calc) { engine.loadCore().then(() => guard(render), loadFailed); return; }
  const res = engine.calc.contribution(request());
  showErrors($('mine-form'), 'mine', res.errors, $('mine-segment-error'));
  const hadResult = $('mine-total').textContent !== '';
  if (!res.ok) { markStale('mine', hadResult); return; }
  markStale('mine', false);
  $('mine-period').textContent = tr(res.period === 'project' ? 'perProject' : 'perMonth');
  $('mine-total').textContent = money(res.total);
  // The central government's JKP share (APBN) and a regional budget are payers apart: never one "government".
  const payers = ['worker', 'employer', 'apbn', 'apbd', 'apbdes', 'other'].filter((p) => res[p] > 0);
  $('mine-payers').replaceChildren(...payers.map((p) => {
    const d = el('div');
    d.append(el('dt', tr(`payer_${p}`)), el('dd', money(res[p])));
    return d;
  }));
  // Each line, then how it was reached across the table's width (base × rate = gross, its sources).
  $('mine-items').replaceChildren(...res.items.flatMap((i) => {
    const tr_ = el('tr');
    const notes = [];
    if (i.discount > 0) notes.push(tr('discount', { amount: money(i.discount) }));
    if (i.deferred > 0) notes.push(tr('deferred', { amount: money(i.deferred) }));
    if (i.program === 'jp' && i.amount === 0 && res.warnings.some((w) => w.code === 'jp_pension_age')) notes.push(tr('jpStopped'));
    const amount = el('td', money(i.amount), 'num');
    if (notes.length) amount.append(el('small', notes.join(', ')));
    tr_.append(el('td', tr(`prog_${i.program}`)), el('td', tr(`payer_${i.payer}`)), amount);
    const how = el('tr', null, 'why');
    const cell = el('td', why(i, res.applied));
    cell.colSpan = 3;
    how.append(cell);
    return [tr_, how];
  }));
  $('mine-buys').hidden = !res.buys;
  $('mine-buys').textContent = res.buys ? msg(res.buys) : '';
  showWarnings($('mine-warnings'), res.warnings);
  showSources($('mine-sources'), res.applied);
}

/** Fills the form from saved or linked input (else Rust's defaults). */
export function fill(saved, defaults) {
  const m = { ...defaults.contribution, asOf: '', employees: '', birth: '', industry: 'other', programs: ['jht', 'jp', 'jkp'], withJht: false, ...saved };
  const f = $('mine-form');
  for (const r of f.querySelectorAll('input[name=segment]')) r.checked = r.value === m.segment;
  $('mine-asOf').value = m.asOf || today();
  for (const k of ['wage', 'riskClass', 'employees', 'birth', 'industry', 'declaredIncome', 'workerType', 'funder', 'contractValue']) {
    $(`mine-${k}`).value = m[k];
  }
  for (const cb of f.querySelectorAll('input[name=program]')) cb.checked = m.programs.includes(cb.value);
  $('mine-withJht').checked = !!m.withJht;
  read();
}

/** Fills the form and follows every change. */
let guard = (fn) => fn();

export function setup({ saved, defaults, changed, guard: shellGuard }) {
  guard = shellGuard;
  fill(saved, defaults);
  const f = $('mine-form');
  for (const ev of ['input', 'change']) f.addEventListener(ev, () => { read(); guard(render); changed(input); });
  f.addEventListener('submit', (e) => e.preventDefault());
}
