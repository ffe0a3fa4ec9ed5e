// Shared set-up for the page tests: the static server on a free port and Debian's Chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { start } from '../../tools/serve.mjs';

/**
 * Debian's headless shell (`tools/setup.sh test` installs it): the same Blink and V8 as its
 * Chromium 156, without the full browser around them. The page tier took 248.8 s in it against
 * 384 s in /usr/bin/chromium (122 tests, two files at a time, a fresh 2-core machine); a11y and
 * plan alone, back to back: 109.9 s against 152.5 s. `CHROMIUM=/usr/bin/chromium` runs them in the
 * full browser, as `make bench` and `make audit` measure.
 */
const SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM = process.env.CHROMIUM ?? (existsSync(SHELL) ? SHELL : FULL_CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The built site the tests run against: dist/ (`make page-test` builds it first), what a static
 * host serves: minified JS, prerendered HTML. `PAGE_ROOT=www` runs them on the sources instead
 * (www/ with pkg/ mounted, as `tools/serve.mjs` does without --root).
 */
const DIST = new URL('../../dist', import.meta.url).pathname;
const ROOT = process.env.PAGE_ROOT === 'www' ? null : DIST;

/**
 * Starts the server and the browser; returns { url, browser, close }. `executable: FULL_CHROMIUM`
 * for a test that counts what a phone's browser fetches: the headless shell fetches no favicon.
 */
export async function setup({ root = ROOT, executable = CHROMIUM } = {}) {
  const { server, url } = await start({ root });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: executable, headless: true, args: ARGS });
  } catch (err) {
    // The open server would keep node's event loop alive: the run then waited forever, silent.
    await new Promise((ok) => server.close(ok));
    const hint = existsSync(executable) ? '' : ` (${executable} is missing: \`tools/setup.sh test\` or \`make test\` installs it)`;
    throw new Error(`Chromium did not start${hint}: ${err.message}`);
  }
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A fresh page (own storage) that fails the test on any console error or page error. */
export async function openPage(env, { viewport = { width: 1280, height: 900 }, path = '', locale = 'id-ID' } = {}) {
  const context = await env.browser.newContext({ viewport, locale, deviceScaleFactor: viewport.width < 500 ? 2 : 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(env.url + path);
  try {
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 10_000 });
  } catch (err) {
    throw new Error(`page never became ready: ${problems.join(' | ') || err.message}`);
  }
  if (path.includes('v=plan')) await page.waitForSelector('body[data-plan=ready]', { state: 'attached', timeout: 10_000 });
  return { page, context, problems };
}

/** Opens the planning view and waits until its module has loaded and drawn. */
export async function openPlan(page) {
  await page.click('#tab-plan');
  await page.waitForSelector('body[data-plan=ready]', { state: 'attached', timeout: 10_000 });
}

/** Waits until the address bar carries the saved scenario (it follows typing after a pause). */
export async function linkSettled(page) {
  await page.waitForFunction(() => {
    const s = new URLSearchParams(location.hash.slice(1)).get('s');
    if (!s) return false;
    const bytes = Uint8Array.from(atob(s.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes) === JSON.stringify(JSON.parse(localStorage.getItem('jamsostek.v1')).plan);
  });
}

/** Replaces a field's text the way a person does: select all, type. */
export async function typeInto(page, selector, text) {
  await page.fill(selector, '');
  await page.type(selector, text);
}

/** Opens target group `i`'s row for editing (as a person does: a click on the row), if it is closed. */
export async function openGroup(page, i) {
  const row = page.locator(`#plan-groups .group-card[data-index="${i}"]`);
  if (!(await row.evaluate((d) => d.open))) await row.locator(':scope > summary').click();
}

/**
 * axe-core's violations of WCAG 2.1 A/AA and its best practices on the page, as "rule: targets".
 * A page of one frame (every page these tests open) is checked with axe.run in the page itself
 * (the builder's legacy mode): the same rules over the same document, and the same passes and
 * incompletes, without the blank page its default mode opens to merge frames' results — 0.8–1.2 s
 * a check instead of 2.2–2.6 s, and the accessibility tests were a third of the page tier's time.
 * A page with frames is checked in the default mode, frame by frame.
 */
export async function axeViolations(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(page.frames().length === 1).options({ resultTypes: ['violations'] }).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
