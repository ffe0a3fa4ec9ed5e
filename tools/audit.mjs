// `make audit`: Lighthouse 12 (mobile: a mid-range phone on a slow 4G network, simulated) against
// the built site (dist/) served as a static host would serve it, in Debian's Chromium: the page,
// and a plan link (`#v=plan`, as shared from WhatsApp: the planning view opens at once). Prints
// the four category scores and the metrics behind performance; fails below 100 in any category.
// Served over HTTP/1.1, as the measure was set (issue 17); `AUDIT_HTTP=2` serves the same files
// over HTTPS and HTTP/2 instead (a certificate made for the run by openssl, which Chromium is told
// to accept), as static hosts serve them: Lighthouse's simulation then has one connection
// carrying every request, not six splitting the bandwidth.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 1);
const lighthouse = new URL('./audit/node_modules/.bin/lighthouse', import.meta.url).pathname;
const H2 = process.env.AUDIT_HTTP === '2';
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking '
  + `--disable-component-update --disable-sync --no-first-run${H2 ? ' --ignore-certificate-errors' : ''}`;
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let tls = null;
if (H2) {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1',
      '-days', '1', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  } catch (err) { // its complaint, not only its exit code
    console.error(`make audit: openssl could not make the run's certificate: ${err.stderr || err.message}`);
    process.exit(1);
  }
  tls = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(key); // the run's key in memory only; the reports stay in the folder, as before
  rmSync(cert);
}
const { server, url } = await start({ root: 'dist', tls });
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
    console.log(`Lighthouse ${r.lighthouseVersion}, ${r.configSettings.formFactor}, ${name}${H2 ? ' (HTTP/2)' : ''}, run ${i}: ${scores.join(' · ')}`);
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
