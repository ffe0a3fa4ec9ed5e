// The many-areas view's Web Worker: the national batch computed off the main thread, in steps.
// It reads, checks and projects the areas, reporting progress, so the page never freezes. Every
// figure comes from the wasm module.
import init, { BatchJob, BatchCodes } from './pkg/jamsostek_batch.js'; // the module built for speed
import { streamPack, PACK_FILE } from './pack-reader.js';

const ready = init();
let job = null;
let latest = 0;    // the newest run asked for: an older one still loading the list gives way
let codes = null;  // the Kemendagri list, kept across runs; provinces added as files need them
let wake = () => {}; // a run waiting for one of the list's files goes on
// Each province file's fetch and reading while under way, shared by the runs that need it (a
// newer run does not fetch again what an older one is still fetching).
const loading = new Map();

/** A file's response, refused unless it came (`.text()` for the index, bytes for wasm to read). */
async function fetchOk(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r;
}
const fetchText = async (path) => (await fetchOk(path)).text();
const fetchBytes = async (path) => new Uint8Array(await (await fetchOk(path)).arrayBuffer()); // no string on the way

/**
 * Has the job check the file's codes against the Kemendagri list: the index (kept from the
 * warm-up, or fetched now), then the villages of each province the codes lie in, fetched side by
 * side, or, for a file in many provinces, all in one file (see `readPack`; the service worker
 * keeps them for offline use). The job reads the rows of the provinces already in while the
 * others' files come; `arrived` is called as each province settles, so that a step waiting for
 * one can go on. Gives the provinces' promises.
 */
async function checkCodes(j, arrived, timing) {
  const need = j.provinces();
  if (!need.length) return [];
  try {
    codes ??= new BatchCodes(await fetchText('data/wilayah.txt'));
  } catch {
    j.codesUnavailable(); // offline on first use: counted, said in a warning
    return [];
  }
  j.useCodes(codes);
  const wanted = need.filter((p) => codes.known(p) && !codes.has(p));
  j.expectProvinces(wanted);
  const fresh = wanted.filter((p) => !loading.has(p));
  if (fresh.length >= PACK_FROM) readPack(fresh, timing);
  return wanted.map((p) => (loading.get(p) ?? readProvince(p, timing)).then(() => arrived(p))); // whatever became of it: the run goes on
}

/** Adds a province's file to the list; the run that fetched it counts its reading. False for a file that is not right. */
function addProvince(p, bytes, timing) {
  const t0 = performance.now();
  let ok = false;
  try {
    ok = codes.addProvinceBytes(p, bytes); // false: its codes count as unchecked
  } catch (err) {
    broken(err); // a trap: this instance is done for
  }
  timing.list(performance.now() - t0);
  return ok;
}

/**
 * One province's file, fetched and read (kept in `loading` while under way). When it cannot be
 * had, the pack, unless the pack is what failed: offline, after a national file, the service
 * worker holds the pack but not this province's own file. Else its codes count as unchecked.
 */
function readProvince(p, timing, { orPack = true } = {}) {
  const file = fetchBytes(`data/desa/${p}.txt`)
    .then((bytes) => addProvince(p, bytes, timing), () => orPack && fromPack(p).then((bytes) => bytes && addProvince(p, bytes, timing)))
    .finally(() => loading.delete(p));
  loading.set(p, file);
  return file;
}

/** From this many provinces still to come, the list's files come in one (a national file: 38). */
const PACK_FROM = 20;

/**
 * The provinces' files in one response, `data/desa/semua.txt` (written by `make dist`,
 * tools/pack-desa.mjs): a browser asks an HTTP/1.1 host for six files at a time, so 38 fetched
 * side by side came one after another, the last ~120 ms after the first, while the rows waited.
 * Each province is read as soon as its bytes have streamed in, so that its rows go on while the
 * rest comes. A province the pack does not bring, or brings not right (no pack, as when www/
 * itself is served; not cached, offline; a cut, stalled or malformed response), is fetched on
 * its own. Puts each province's promise in `loading`.
 */
function readPack(provinces, timing) {
  for (const p of provinces) {
    const file = fromPack(p)
      .then((bytes) => (bytes && addProvince(p, bytes, timing)) || readProvince(p, timing, { orPack: false }))
      .finally(() => { if (loading.get(p) === file) loading.delete(p); });
    loading.set(p, file);
  }
}

// Provinces waiting for their bytes from the pack: province → [resolve, the stream that is its
// chance]. One stream at a time serves all of them, stopped once none is left. A province waits
// once at a time: it is asked for only while it is in `loading`, and only by what put it there.
const packWaiting = new Map();
let streams = 0;     // streams started
let streaming = false;
let passed = new Set(); // the provinces the stream under way has gone past

/**
 * A province's bytes from the pack, or null when the pack does not bring them. Asked for while a
 * stream is under way, it is served by that stream if its place is still ahead, else by the
 * next; one asked for before a stream that ended without it is not in the pack.
 */
function fromPack(p) {
  return new Promise((ok) => {
    packWaiting.set(p, [ok, streaming && !passed.has(p) ? streams : streams + 1]); // this stream, else the next
    if (!streaming) pump();
  });
}

async function pump() {
  streaming = true;
  while (packWaiting.size) {
    const n = ++streams;
    passed = new Set();
    const how = await streamPack(fetchOk(`data/desa/${PACK_FILE}`), (p, bytes) => {
      passed.add(p);
      packWaiting.get(p)?.[0](bytes);
      packWaiting.delete(p);
      return packWaiting.size > 0;
    });
    // Stopped, it had no one left: those waiting now asked since, and go to the next stream.
    if (how !== 'stopped') {
      for (const [p, [done, chance]] of packWaiting) {
        if (chance <= n) { packWaiting.delete(p); done(null); } // this stream was its chance
      }
    }
  }
  streaming = false;
}

/** The instance trapped outside a message's handling: the page is told (and starts a new one). */
function broken(err) {
  job = null;
  self.postMessage({ type: 'error', id: latest, message: String(err?.message ?? err), trap: err instanceof WebAssembly.RuntimeError });
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

// One turn of the event loop (a message to itself: a timer's would be clamped to 4 ms). A queue:
// an older run still in its turn when a newer one takes one must get its own back, to see that
// it was superseded and free its job.
const channel = new MessageChannel();
const turned = [];
channel.port1.onmessage = () => turned.shift()?.();
const turn = () => new Promise((ok) => { turned.push(ok); channel.port2.postMessage(0); });

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
      wake(); // an older run waiting for the list's files gives way
      job?.free();
      job = null;
      const start = performance.now();
      // A file's bytes are read as UTF-8 when they are (wasm checks), else as Windows-1252, the
      // page's other reading of a spreadsheet's CSV; a text (UTF-16, decoded by the page) as is.
      let j = null;
      let encoding = null;
      if (data.bytes) {
        j = BatchJob.fromBytes(data.bytes, data.request);
        encoding = j ? 'UTF-8' : 'Windows-1252';
      }
      j ??= new BatchJob(data.text ?? new TextDecoder('windows-1252').decode(data.bytes), data.request);
      let gone = false; // done or freed: files still coming for it are only kept in the list
      // Reading the list's files (addProvinceBytes), apart from the waits for them to come: it
      // happens between steps or during a wait, and is told apart from both.
      let listed = 0;
      let listedInWaits = 0;
      let inWait = false;
      const timing = { list: (ms) => { listed += ms; if (inWait) listedInWaits += ms; } };
      let coming = (await checkCodes(j, (p) => {
        coming -= 1;
        if (!gone) { try { j.settled(p); } catch { /* a trap already reported */ } }
        wake();
      }, timing)).length;
      const opened = performance.now();
      let fraction = 0;
      let waited = 0;
      while (fraction < 1) {
        fraction = j.step(STEP);
        self.postMessage({ type: 'progress', id: data.id, fraction });
        if (j.waiting()) {
          const t = performance.now();
          inWait = true;
          await new Promise((ok) => { wake = ok; });
          inWait = false;
          waited += performance.now() - t;
        } else if (coming > 0) {
          await turn(); // the list's files that have come are read meanwhile
        }
        if (data.id !== latest) { gone = true; j.free(); return; } // a newer run started meanwhile
      }
      gone = true; // read to its end: a file still coming (it stopped early, say) is for the list only
      job = j;
      const stepped = performance.now();
      const result = job.result();
      const computeMs = performance.now() - start;
      // The list: its index (when not kept from the warm-up) in openMs, the waits for its files
      // (less their reading) in codesMs, the reading of its files in listMs.
      result.phases = {
        openMs: opened - start, codesMs: waited - listedInWaits, listMs: listed,
        stepsMs: stepped - opened - waited - (listed - listedInWaits), resultMs: performance.now() - stepped,
      };
      const tables = result.areas ? [result.areas, ...Object.values(result.subtotals)] : [];
      const arrays = tables.flatMap((t) => Object.values(t).filter((v) => v instanceof Float64Array).map((v) => v.buffer));
      self.postMessage({ type: 'done', id: data.id, result, computeMs, encoding, wasmBytes: exports.memory.buffer.byteLength }, arrays);
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
