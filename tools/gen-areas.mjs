// Writes a synthetic national batch file: villages with workers, participants and a target group,
// in the columns the batch reads (see README "National batch"). Deterministic: the same count
// gives the same bytes. The figures are invented (sized like Indonesia: ~84,000 villages,
// ~140 million workers, about a quarter of them active participants); the names say "Sintetis".
//
//   node tools/gen-areas.mjs [rows=84000] > areas.csv
import { pathToFileURL } from 'node:url';

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

const pad = (n, w) => String(n).padStart(w, '0');

/** The file's text for `rows` villages. */
export function generate(rows = 84_000, seed = 2026) {
  const r = random(seed);
  const out = ['kode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_rentan'];
  let prov = 0; let kab = 0; let kec = 0; let desa = 0;
  let kabLeft = 0; let kecLeft = 0; let desaLeft = 0;
  for (let i = 0; i < rows; i++) {
    if (desaLeft === 0) {
      if (kecLeft === 0) {
        if (kabLeft === 0) { prov++; kab = 0; kabLeft = 8 + Math.floor(r() * 12); }
        kab++; kec = 0; kabLeft--; kecLeft = 8 + Math.floor(r() * 12);
      }
      kec++; desa = 0; kecLeft--; desaLeft = 6 + Math.floor(r() * 12);
    }
    desa++; desaLeft--;
    const kode = `${pad(prov, 2)}.${pad(kab, 2)}.${pad(kec, 2)}.${2000 + desa}`;
    const nama = `${FIRST[Math.floor(r() * FIRST.length)]}${SECOND[Math.floor(r() * SECOND.length)]}`;
    const workers = 300 + Math.floor(r() * r() * 6000);
    const formal = Math.floor(workers * (0.05 + r() * 0.3));
    const informal = Math.floor(workers * r() * 0.08);
    const target = Math.floor((workers - formal - informal) * r() * 0.2);
    out.push(`${kode};${nama};Provinsi Sintetis ${pad(prov, 2)};Kabupaten Sintetis ${pad(prov, 2)}.${pad(kab, 2)};Kecamatan ${pad(kec, 2)};${workers};${formal};${informal};${target}`);
  }
  return `${out.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(generate(Number(process.argv[2] ?? 84_000)));
}
