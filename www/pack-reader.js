// The Kemendagri list's one-file pack (`data/desa/semua.txt`, tools/pack-desa.mjs), read as it
// streams in: each province's bytes handed on as soon as they have all come. Used by the batch
// worker; apart so that node tests it with a stream in pieces (tests/e2e/pack.test.mjs).

export const PACK_FORMAT = 'jamsostek-desa/1';
/** The pack's name in `data/desa/`, where tools/pack-desa.mjs writes it and the worker reads it. */
export const PACK_FILE = 'semua.txt';

/** The pack's first line, `#! paket=jamsostek-desa/1;11=250717;12=…`: [[province, bytes]…], or null. */
export function packIndex(line) {
  const [head, ...parts] = line.split(';');
  if (head !== `#! paket=${PACK_FORMAT}` || !parts.length) return null;
  const index = parts.map((e) => /^(\d\d)=(\d+)$/.exec(e)).map((m) => m && [m[1], Number(m[2])]);
  if (index.some((e) => !e)) return null;
  index.total = index.reduce((a, [, n]) => a + n, 0);
  return index;
}

/**
 * Reads the pack from `response` (a promise of a fetch Response), giving each province's bytes
 * (a view into one buffer) to `deliver(province, bytes)` as soon as they have come, until
 * `deliver` gives false, the pack ends (whole or cut short), or nothing has come for `stallMs`.
 * Settles when it stops, having delivered what it could; never rejects. Gives how it ended:
 * 'stopped', 'whole', 'cut', 'stalled', 'not a pack' or 'failed'.
 */
export async function streamPack(response, deliver, { stallMs = 15_000 } = {}) {
  let reader = null;
  const stop = (how) => { reader?.cancel().catch(() => {}); return how; };
  try {
    const r = await response;
    if (!r.ok) return 'failed';
    reader = r.body.getReader();
    let buf = new Uint8Array(0);
    let len = 0;
    let index = null;
    let at = 0;
    let next = 0;
    for (;;) {
      let timer;
      const stalled = new Promise((ok) => { timer = setTimeout(() => ok(null), stallMs); });
      const got = await Promise.race([reader.read(), stalled]);
      clearTimeout(timer);
      if (!got) return stop('stalled');
      const { done, value } = got;
      if (value) {
        if (len + value.length > buf.length) {
          const grown = new Uint8Array(Math.max(len + value.length, index ? at + index.total : 0, 2 * buf.length));
          grown.set(buf.subarray(0, len));
          buf = grown;
        }
        buf.set(value, len);
        len += value.length;
      }
      if (!index) {
        const nl = buf.subarray(0, len).indexOf(10);
        if (nl < 0 && !done) continue;
        index = nl < 0 ? null : packIndex(new TextDecoder().decode(buf.subarray(0, nl)));
        if (!index) return stop('not a pack');
        at = nl + 1;
      }
      for (; next < index.length && at + index[next][1] <= len; next++) {
        const [p, n] = index[next];
        if (!deliver(p, buf.subarray(at, at + n))) return stop('stopped');
        at += n;
      }
      if (next === index.length) return stop('whole');
      if (done) return 'cut';
    }
  } catch {
    return stop('failed');
  }
}
