// The many-areas view's Web Worker: the national batch computed off the main thread, in steps.
// It reads, checks and projects the areas, reporting progress, so the page never freezes. Every
// figure comes from the wasm module.
import init, { BatchJob } from './pkg/jamsostek.js';

const ready = init();
let job = null;

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
      self.postMessage({ type: 'warm' });
    } else if (data.type === 'run') {
      job?.free();
      job = null;
      const start = performance.now();
      job = new BatchJob(data.text, data.request);
      const opened = performance.now();
      let fraction = 0;
      while (fraction < 1) {
        fraction = job.step(STEP);
        self.postMessage({ type: 'progress', id: data.id, fraction });
      }
      const stepped = performance.now();
      const result = job.result();
      const computeMs = performance.now() - start;
      result.phases = { openMs: opened - start, stepsMs: stepped - opened, resultMs: performance.now() - stepped };
      const arrays = result.areas ? Object.values(result.areas).filter((v) => v instanceof Float64Array).map((v) => v.buffer) : [];
      self.postMessage({ type: 'done', id: data.id, result, computeMs, wasmBytes: exports.memory.buffer.byteLength }, arrays);
    } else if (data.type === 'csv') {
      self.postMessage({ type: 'csv', id: data.id, text: job ? job.csv(data.lang) : '' });
    }
  } catch (err) {
    // A thrown Error (bad request shape) or a trap: either way this instance is done for.
    job = null;
    self.postMessage({ type: 'error', id: data.id, message: String(err?.message ?? err), trap: err instanceof WebAssembly.RuntimeError });
  }
};
