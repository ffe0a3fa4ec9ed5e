// The Kemendagri list's pack read as it streams (www/pack-reader.js), in node: pieces of any size,
// a first line split across them, a stop asked for, a cut, a stall and a file that is no pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamPack, packIndex } from '../../www/pack-reader.js';
import { pack } from '../../tools/pack-desa.mjs';

const DESA = new URL('../../www/data/desa/', import.meta.url).pathname;
const body = pack(DESA);

/** A response whose body comes in pieces of `size` bytes (the last `hang`: never ends). */
function pieces(bytes, size, { hang = false, cancelled = () => {} } = {}) {
  let at = 0;
  const stream = new ReadableStream({
    pull(c) {
      if (at >= bytes.length) { if (!hang) c.close(); return hang ? new Promise(() => {}) : undefined; }
      c.enqueue(bytes.slice(at, at + size));
      at += size;
      return undefined;
    },
    cancel() { cancelled(at); },
  });
  return Promise.resolve(new Response(stream));
}

const index = packIndex(body.subarray(0, body.indexOf(10)).toString());

test('every province, byte for byte, whatever the pieces', async () => {
  assert.equal(index.length, 38);
  for (const size of [1 << 16, 7, 100_003]) {
    const got = [];
    const how = await streamPack(pieces(body, size), (p, b) => { got.push([p, Buffer.from(b)]); return true; });
    assert.equal(how, 'whole');
    assert.deepEqual(got.map(([p]) => p), index.map(([p]) => p));
    let at = body.indexOf(10) + 1;
    for (const [p, b] of got) {
      const n = index.find(([q]) => q === p)[1];
      assert.ok(b.equals(body.subarray(at, at + n)), `${p} at ${size}-byte pieces`);
      at += n;
    }
  }
});

test('a stop asked for ends the reading there, the rest not fetched', async () => {
  let cancelledAt = null;
  const got = [];
  const how = await streamPack(pieces(body, 4096, { cancelled: (at) => { cancelledAt = at; } }), (p) => { got.push(p); return p !== '12'; });
  assert.equal(how, 'stopped');
  assert.deepEqual(got, ['11', '12']);
  assert.ok(cancelledAt !== null && cancelledAt < body.length / 4, `cancelled after ${cancelledAt} of ${body.length} bytes`);
});

test('a cut pack delivers the provinces that came whole; a stalled one stops; no pack delivers nothing', async () => {
  const cut = body.subarray(0, body.indexOf(10) + 1 + index[0][1] + index[1][1] + 500);
  const got = [];
  assert.equal(await streamPack(pieces(cut, 1000), (p) => { got.push(p); return true; }), 'cut');
  assert.deepEqual(got, ['11', '12']);
  got.length = 0;
  assert.equal(await streamPack(pieces(cut, 1000, { hang: true }), (p) => { got.push(p); return true; }, { stallMs: 50 }), 'stalled');
  assert.deepEqual(got, ['11', '12']);
  for (const text of ['kode;nama\n11.01;Aceh Selatan\n', '#! paket=jamsostek-desa/1;11=x\n', '#! paket=jamsostek-desa/1', '']) {
    assert.equal(await streamPack(pieces(Buffer.from(text), 5), () => assert.fail('delivered')), 'not a pack', JSON.stringify(text));
  }
  assert.equal(await streamPack(Promise.reject(new Error('offline')), () => assert.fail('delivered')), 'failed');
  assert.equal(await streamPack(Promise.resolve(new Response('', { status: 404 })), () => assert.fail('delivered')), 'failed');
});
