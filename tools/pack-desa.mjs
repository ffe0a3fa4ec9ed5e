// Writes `data/desa/semua.txt` in a built site: every province's `desa/PP.txt` in one file, for a
// national batch. Its worker asked for the 38 files side by side, but a browser opens six
// connections to an HTTP/1.1 host, so the last file was asked for only ~120 ms after the first;
// one request brings them all. Nothing new: the same files, byte for byte, behind one line naming
// each one's province and length in bytes, in order:
//   #! paket=jamsostek-desa/1;11=250717;12=247788;…
// The worker reads each province as soon as its bytes have come (www/pack-reader.js).
//   node tools/pack-desa.mjs dist
import { readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACK_FORMAT, PACK_FILE } from '../www/pack-reader.js';

/** The pack of the province files in `dir` (`PP.txt`, in code order). */
export function pack(dir) {
  const names = readdirSync(dir).filter((f) => /^\d\d\.txt$/.test(f)).sort();
  if (!names.length) throw new Error(`no province files (PP.txt) in ${dir}`);
  const bodies = names.map((f) => readFileSync(join(dir, f)));
  const index = names.map((f, i) => `${f.slice(0, 2)}=${bodies[i].length}`);
  return Buffer.concat([Buffer.from(`#! paket=${PACK_FORMAT};${index.join(';')}\n`), ...bodies]);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) { // run, not imported
  const dir = join(process.argv[2] ?? 'dist', 'data', 'desa');
  const out = pack(dir);
  writeFileSync(join(dir, PACK_FILE), out);
  console.log(`${join(dir, PACK_FILE)}: ${(out.length / 1024).toFixed(0)} KB, every province's file in one`);
}
