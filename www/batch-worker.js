// The many-areas view's Web Worker: the national batch computed off the main thread, in steps.
// It reads, checks and projects the areas, reporting progress, so the page never freezes. Every
// figure comes from the wasm module.
import init, { BatchJob, BatchCodes } from './pkg/jamsostek.js';

const ready = init();
let job = null;
let latest = 0;    // the newest run asked for: an older one still loading the list gives way
let codes = null;  // the Kemendagri list, kept across runs; provinces added as files need them

async function fetchText(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.text();
}

/**
 * Loads the Kemendagri list for the provinces the file's codes lie in (the service worker keeps
 * what was fetched for offline use) and has the job check its codes against it.
 */
async function checkCodes(j) {
  const need = j.provinces();
  if (!need.length) return;
  try {
    codes ??= new BatchCodes(await fetchText('data/wilayah.txt'));
  } catch {
    j.codesUnavailable(); // offline on first use: counted, said in a warning
    return;
  }
  // Fetched side by side (a national file needs all 38), read one by one as each arrives.
  const wanted = need.filter((p) => codes.known(p) && !codes.has(p));
  await Promise.all(wanted.map((p) => fetchText(`data/desa/${p}.txt`)
    .then((t) => { codes.addProvince(p, t); })
    .catch(() => { /* its codes count as unchecked */ })));
  j.useCodes(codes);
}

/**
 * A small batch, with the page's own settings, run while the user is still choosing a file: the
 * engine compiles hot wasm code twice (quickly first, then optimised once it has run a while), so
 * without this the user's first file ran about 1.5× slower than the next ones.
 */
function warmUp(request) {
  const rows = ['nama;pekerja;peserta_formal;peserta_informal;sasaran'];
  for (let i = 0; i < 6000; i++) rows.push(`Desa ${i};${500 + (i % 900)};${i % 200};${i % 40};${i % 60}`);
  try {
    const warm = new BatchJob(rows.join('\n'), request);
    while (warm.step(200) < 1) { /* many calls: each function's own tier-up */ }
    warm.result();
    warm.csv('id');
    warm.free();
  } catch { /* only a warm-up */ }
}

/** Areas per step: small enough for a smooth progress bar, large enough to cost nothing. */
const STEP = 4000;

self.onmessage = async ({ data }) => {
  let exports;
  try {
    exports = await ready;
  } catch (err) {
    self.postMessage({ type: 'error', id: data.id, message: String(err?.message ?? err) });
    return;
  }
  try {
    if (data.type === 'warm') {
      warmUp(data.request);
      // The list's index too (30 KB): a file with codes then fetches only its provinces' villages.
      if (!codes) fetchText('data/wilayah.txt').then((t) => { codes ??= new BatchCodes(t); }).catch(() => {});
      self.postMessage({ type: 'warm' });
    } else if (data.type === 'run') {
      latest = data.id;
      job?.free();
      job = null;
      const start = performance.now();
      const j = new BatchJob(data.text, data.request);
      const listed = performance.now();
      await checkCodes(j);
      const codesMs = performance.now() - listed;
      if (data.id !== latest) { j.free(); return; } // a newer run started meanwhile
      job = j;
      const opened = performance.now();
      let fraction = 0;
      while (fraction < 1) {
        fraction = job.step(STEP);
        self.postMessage({ type: 'progress', id: data.id, fraction });
      }
      const stepped = performance.now();
      const result = job.result();
      const computeMs = performance.now() - start;
      result.phases = { openMs: opened - start, codesMs, stepsMs: stepped - opened, resultMs: performance.now() - stepped };
      const tables = result.areas ? [result.areas, ...Object.values(result.subtotals)] : [];
      const arrays = tables.flatMap((t) => Object.values(t).filter((v) => v instanceof Float64Array).map((v) => v.buffer));
      self.postMessage({ type: 'done', id: data.id, result, computeMs, wasmBytes: exports.memory.buffer.byteLength }, arrays);
    } else if (data.type === 'snapshot') {
      self.postMessage({ type: 'snapshot', id: data.id, text: job ? job.snapshot() : '' });
    } else if (data.type === 'csv') {
      self.postMessage({ type: 'csv', id: data.id, level: data.level, text: job ? job.csv(data.lang, data.level) : '' });
    } else if (data.type === 'scenario') {
      self.postMessage({ type: 'scenario', id: data.id, scenario: job ? job.scenario(data.level, data.index) : null });
    }
  } catch (err) {
    // A thrown Error (bad request shape) or a trap: either way this instance is done for.
    job = null;
    self.postMessage({ type: 'error', id: data.id, message: String(err?.message ?? err), trap: err instanceof WebAssembly.RuntimeError });
  }
};
