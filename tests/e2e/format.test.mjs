// The page writes numbers, percentages and dates itself (ui.js), not with Intl, to spare the first
// load ICU's start-up: here every form is checked against Intl in the browser the page runs in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('num, money, pct and date write what Intl writes, in Indonesian and English', async () => {
  const { page, context } = await openPage(env);
  const wrong = await page.evaluate(async () => {
    const { ui, num, money, pct, date } = await import('/ui.js');
    const values = [0, -0, 1, -1, 7, 999, 1000, 1234, 9999, 10000, 12345.678, 999999.9995, 1e6, 1234567.891, 0.0005,
      0.0004999, 0.5, 0.125, 0.135, 1.005, 2.675, 12.345, 99.995, 99.994, -0.001, -0.004, -12.3456, 2 ** 53, 2 ** 53 + 2,
      123456789012345680000, 1e21, -1e21, 1e300, Infinity, -Infinity, NaN, 123n, '1234.5', 5e-7, -5e-7, 1e-7, 9.9995, 999.9995,
      99999.99999, 0.9995, 0.995, 9007199254740.993, 12345678901234567.5];
    let seed = 42;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 3000; i++) values.push((next() - 0.3) * 10 ** Math.floor(next() * 16), Math.round(next() * 1e6) / 1000);
    const dates = ['2024-02-29', '2026-12-04', '1999-01-01', '2031-09-30', '2025-02-31', '0999-05-05', '+010000-01-01'];
    const out = [];
    for (const lang of ['id', 'en']) {
      ui.lang = lang;
      const l = lang === 'id' ? 'id-ID' : 'en-GB';
      const n = new Intl.NumberFormat(l);
      const p = new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const d = new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const v of values) {
        if (num(v) !== n.format(v)) out.push(`${lang} num(${v}) = ${num(v)}, Intl ${n.format(v)}`);
        if (money(v) !== `Rp\u00a0${n.format(v)}`) out.push(`${lang} money(${v}) = ${money(v)}`);
        if (pct(v) !== `${p.format(v)}%`) out.push(`${lang} pct(${v}) = ${pct(v)}, Intl ${p.format(v)}%`);
      }
      for (let day = 0; day < 800; day++) dates.push(new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10));
      for (const iso of dates) {
        const want = d.format(new Date(`${iso}T00:00:00Z`));
        if (date(iso) !== want) out.push(`${lang} date(${iso}) = ${date(iso)}, Intl ${want}`);
      }
    }
    ui.lang = 'id';
    return out;
  });
  assert.deepEqual(wrong.slice(0, 20), []);
  await context.close();
});
