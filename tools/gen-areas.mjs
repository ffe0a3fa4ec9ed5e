// Writes a national batch file: the real villages of Indonesia (codes, names, district, regency
// and province of Kepmendagri 300.2.2-2138/2025, from www/data/), in code order, each with
// SYNTHETIC workers, participants and a target group, in the columns the batch reads (see README
// "National batch"). Deterministic: the same count gives the same bytes. The figures are invented
// (sized like Indonesia: ~140 million workers, about a quarter of them active participants); they
// describe no real village. At most the 83,762 villages of the list.
//
//   node tools/gen-areas.mjs [rows=84000] > areas.csv
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DATA = new URL('../www/data/', import.meta.url);

/** The data lines (`kode;…`) of a data file, comments and header left out. */
const rowsOf = (text) => text.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('kode;')).map((l) => l.split(';'));

/** Every village of the list, in code order: code, name, district, regency, province. */
export function villages() {
  const names = new Map(rowsOf(readFileSync(new URL('wilayah.txt', DATA), 'utf8')).map(([code, name]) => [code, name]));
  const out = [];
  for (const file of readdirSync(new URL('desa/', DATA)).filter((f) => f.endsWith('.txt')).sort()) {
    const districts = new Map();
    for (const [code, name, kind] of rowsOf(readFileSync(new URL(`desa/${file}`, DATA), 'utf8'))) {
      if (kind === 'kecamatan') { districts.set(code, name); continue; }
      out.push([code, name, districts.get(code.slice(0, 8)) ?? '', names.get(code.slice(0, 5)) ?? '', names.get(code.slice(0, 2)) ?? '']);
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const FIRST = ['Suka', 'Mekar', 'Sido', 'Karang', 'Tanjung', 'Sumber', 'Banjar', 'Pasir', 'Ci', 'Wono', 'Tegal', 'Batu', 'Air', 'Kota', 'Lubuk', 'Bukit'];
const SECOND = ['maju', 'jaya', 'makmur', 'rejo', 'sari', 'mulya', 'harjo', 'asih', 'baru', 'indah', 'mukti', 'raya', 'tengah', 'lestari'];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A CSV field, quoted when it holds `;` or a quote. */
const field = (v) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The file's text for `rows` villages. */
export function generate(rows = 84_000, seed = 2026) {
  const list = villages();
  const r = random(seed);
  const out = ['kode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_rentan'];
  let prov = 0; let kab = 0; let kec = 0; let desa = 0;
  let kabLeft = 0; let kecLeft = 0; let desaLeft = 0;
  for (let i = 0; i < Math.min(rows, list.length); i++) {
    if (desaLeft === 0) {
      if (kecLeft === 0) {
        if (kabLeft === 0) { prov++; kab = 0; kabLeft = 8 + Math.floor(r() * 12); }
        kab++; kec = 0; kabLeft--; kecLeft = 8 + Math.floor(r() * 12);
      }
      kec++; desa = 0; kecLeft--; desaLeft = 6 + Math.floor(r() * 12);
    }
    desa++; desaLeft--;
    // The synthetic draws of the old layout are kept, so that the numbers stay what they were.
    void `${FIRST[Math.floor(r() * FIRST.length)]}${SECOND[Math.floor(r() * SECOND.length)]}`;
    const [kode, nama, kecamatan, kabupaten, provinsi] = list[i];
    const workers = 300 + Math.floor(r() * r() * 6000);
    const formal = Math.floor(workers * (0.05 + r() * 0.3));
    const informal = Math.floor(workers * r() * 0.08);
    const target = Math.floor((workers - formal - informal) * r() * 0.2);
    out.push([kode, nama, provinsi, kabupaten, kecamatan].map(field).join(';') + `;${workers};${formal};${informal};${target}`);
  }
  return `${out.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(generate(Number(process.argv[2] ?? 84_000)));
}
