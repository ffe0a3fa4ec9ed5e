// Static server for development and tests: `/` is www/, `/pkg/` is pkg/ (or one --root folder,
// e.g. dist/). Serves .wasm as application/wasm, and compresses (brotli or gzip, as the browser
// accepts) the way any static host does, so what it measures is what phones download.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

const COMPRESS = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;
const cache = new Map();

// Compressed bodies are also kept on disk by their content's hash, for the next server: each
// page test file starts its own, and brotli at quality 11 took 4.7 s of CPU for the three
// modules and the shell alone, again in every one of them (a static host compresses once too).
const DISK = join(here, 'target', 'serve-cache');

/** The file's body compressed with `encoding`, kept while the file is unchanged. */
function compressed(file, body, encoding) {
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.source.equals(body)) return hit.out;
  const kept = join(DISK, `${createHash('sha256').update(body).digest('hex')}.${encoding}`);
  let out;
  try {
    out = readFileSync(kept);
  } catch {
    out = encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
    try { // written whole, then renamed into place: another server never reads half of it
      mkdirSync(DISK, { recursive: true });
      const part = `${kept}.${process.pid}.part`;
      writeFileSync(part, out);
      renameSync(part, kept);
    } catch { /* a read-only checkout: compressed again next time */ }
  }
  cache.set(key, { source: body, out });
  return out;
}

function mounts(root) {
  return root ? [['/', resolve(root)]] : [['/pkg/', join(here, 'pkg')], ['/', join(here, 'www')]];
}

async function resolveFile(urlPath, table) {
  let path;
  try { path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]); } catch { return null; }
  if (path.endsWith('/')) path += 'index.html';
  for (const [prefix, dir] of table) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null; // no escaping the folder
    try { if ((await stat(file)).isFile()) return file; } catch { /* not here */ }
    return null;
  }
  return null;
}

/**
 * Starts the server; resolves to { server, url }. Port 0 picks a free port. With `tls` ({ key,
 * cert }, PEM) it serves HTTPS over HTTP/2, as static hosts serve (HTTP/1.1 to a client that
 * asks for it): `make audit`'s second measure.
 */
export function start({ port = 0, host = '127.0.0.1', root = null, tls = null } = {}) {
  const table = mounts(root);
  const handle = async (req, res) => {
    const file = await resolveFile(req.url ?? '/', table);
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESS.test(type) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', vary: 'accept-encoding' };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(encoding ? compressed(file, body, encoding) : body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const port = Number(arg('--port', process.env.PORT ?? 8000));
  const { url } = await start({ port, host: arg('--host', '127.0.0.1'), root: arg('--root', null) });
  console.log(`Kalkulator Cakupan Jamsostek: ${url.replace('127.0.0.1', 'localhost')}  (Ctrl+C to stop)`);
}
