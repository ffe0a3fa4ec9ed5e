// `make audit`: Lighthouse 12 (mobile: a mid-range phone on a slow 4G network, simulated) against
// the built site (dist/) served as a static host would serve it, in Debian's Chromium: the page,
// and a plan link (`#v=plan`, as shared from WhatsApp: the planning view opens at once). Prints
// the four category scores and the metrics behind performance; fails below 100 in any category.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 1);
const lighthouse = new URL('./audit/node_modules/.bin/lighthouse', import.meta.url).pathname;
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking '
  + '--disable-component-update --disable-sync --no-first-run';
const { server, url } = await start({ root: 'dist' });
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let worst = 100;
try {
  for (const [name, target] of [['the page', url], ['a plan link', `${url}#v=plan`]]) for (let i = 1; i <= RUNS; i++) {
    const out = join(dir, `run-${name.replaceAll(' ', '-')}-${i}.json`);
    // Asynchronously: the server answering Lighthouse lives in this process.
    await promisify(execFile)(lighthouse, [target, `--chrome-path=${process.env.CHROMIUM ?? '/usr/bin/chromium'}`, `--chrome-flags=${flags}`,
      '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${out}`, '--quiet'],
    { maxBuffer: 64 << 20 });
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((k) => `${r.audits[k].title} ${r.audits[k].displayValue}`);
    console.log(`Lighthouse ${r.lighthouseVersion}, ${r.configSettings.formFactor}, ${name}, run ${i}: ${scores.join(' · ')}`);
    console.log(`  ${metrics.join(' · ')}`);
    worst = Math.min(worst, ...Object.values(r.categories).map((c) => Math.round(c.score * 100)));
  }
} finally {
  server.close();
}
if (worst < 100) {
  console.error(`make audit: a category scored ${worst}, below the target of 100`);
  process.exit(1);
}
