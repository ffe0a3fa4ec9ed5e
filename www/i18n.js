// Languages: t() and apply(), and the shell's own strings (header, tabs, footer, what any view shows).
// Each view's strings live in its own module under views/ and arrive with it; markup carries keys
// only (data-i18n, data-i18n-attr="attr:key"), and apply() fills them in from the view's strings.

export const STRINGS = {
  id: {
    skip: 'Langsung ke isi',
    title: 'Kalkulator Cakupan Jamsostek',
    tagline: 'Biaya perlindungan BPJS Ketenagakerjaan, dihitung tepat sampai rupiah, lengkap dengan dasar aturannya.',
    langToggle: 'English',
    langToggleLabel: 'Switch to English',
    viewsLabel: 'Pilih kalkulator',
    tabCost: 'Biaya program',
    tabMine: 'Iuran saya',
    embedOffer: 'Sematkan di situs Anda',
    tabBatch: 'Banyak wilayah',
    tabPlan: 'Perencanaan wilayah',
    sources: 'Dasar aturan',
    stale: 'Perbaiki isian yang ditandai; hasil yang tampil masih dari isian terakhir yang benar.',
    since: 'berlaku sejak {date}',
    lawText: 'Teks peraturan (situs lain)',
    status_unconfirmed: 'belum terkonfirmasi',
    status_projected: 'proyeksi',
    rulesVersion: 'Versi {version} · aturan terbaru berlaku sejak {date} · data aturan diperiksa {reviewed}',
    disclaimer: 'Perkiraan untuk perencanaan, bukan tagihan resmi BPJS Ketenagakerjaan. Semua dihitung di perangkat Anda; tidak ada data yang dikirim.',
    badLink: 'Tautan rusak atau terpotong; skenario terakhir Anda dimuat.',
    linkOpened: 'Skenario dari tautan dimuat. Skenario Anda sebelumnya disimpan dan bisa dipulihkan dengan tombol di awal Perencanaan wilayah.',
    loadFailed: 'Kalkulator gagal dimuat. Muat ulang halaman.',
    planLoading: 'Memuat perencanaan…',
    viewLoadFailed: 'Bagian ini gagal dimuat; buka tab ini lagi untuk mencoba lagi.',
    planLoadFailed: 'Perencanaan gagal dimuat; buka tab ini lagi untuk mencoba lagi.',
    crashed: 'Terjadi kesalahan tak terduga. Isian Anda tetap ada; coba ubah isian atau muat ulang halaman.',
    reloading: 'Kalkulator mengalami galat dan sedang dimuat ulang…',
    recovered: 'Kalkulator mengalami galat dan sudah dimuat ulang. Isian Anda tetap ada; hasilnya sudah dihitung ulang.',
  },
  en: {
    skip: 'Skip to content',
    title: 'Jamsostek Coverage Calculator',
    tagline: 'What BPJS Ketenagakerjaan protection costs, exact to the rupiah, with the rules behind every figure.',
    langToggle: 'Bahasa Indonesia',
    langToggleLabel: 'Ganti ke Bahasa Indonesia',
    viewsLabel: 'Choose a calculator',
    tabCost: 'Program cost',
    tabMine: 'My contribution',
    embedOffer: 'Embed on your site',
    tabBatch: 'Many areas',
    tabPlan: 'Regional planning',
    sources: 'Rules applied',
    stale: 'Fix the marked fields; the result above is from the last valid input.',
    since: 'in force since {date}',
    lawText: 'Text of the regulation (another site)',
    status_unconfirmed: 'unconfirmed',
    status_projected: 'projected',
    rulesVersion: 'Version {version} · newest rule in force since {date} · rules checked {reviewed}',
    disclaimer: 'An estimate for planning, not an official BPJS Ketenagakerjaan bill. Everything is computed on your device; no data is sent.',
    badLink: 'The link is damaged or cut off; your last scenario was loaded.',
    linkOpened: 'The scenario from the link was loaded. Your previous scenario was kept and can be restored with the button at the top of Regional planning.',
    loadFailed: 'The calculator failed to load. Reload the page.',
    planLoading: 'Loading the planner…',
    viewLoadFailed: 'This view failed to load; open its tab again to retry.',
    planLoadFailed: 'The planner failed to load; open this tab again to retry.',
    crashed: 'Something unexpected went wrong. Your input is kept; change a field or reload the page.',
    reloading: 'The calculator hit an error and is restarting…',
    recovered: 'The calculator hit an error and was restarted. Your input is kept; the results were recomputed.',
  },
};

/** `key` in `lang` from `table` (a view's strings), in Indonesian when `lang` lacks it; undefined if absent. */
const lookup = (table, lang, key) => table[lang]?.[key] ?? table.id?.[key];

/** The string `key` in `lang` (from `table`, else the shell's), with `{name}` placeholders filled from `vars`. */
export function t(lang, key, vars = {}, table = STRINGS) {
  const s = lookup(table, lang, key) ?? lookup(STRINGS, lang, key) ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/**
 * Fills every data-i18n element and data-i18n-attr attribute under `root` from `table` (a view's
 * strings) or the shell's. A key neither has belongs to a view whose strings have not arrived yet:
 * it is left alone, for that view to fill when it loads.
 */
export function apply(root, lang, table = STRINGS) {
  const text = (key) => lookup(table, lang, key) ?? lookup(STRINGS, lang, key);
  if (root.documentElement && root.documentElement.lang !== lang) root.documentElement.lang = lang;
  // Only what reads differently is written: the page arrives with its Indonesian text already in
  // (tools/prerender.mjs), and a write of the same text still replaces the node, which costs a
  // style and layout pass over the whole page (on a plan link, inside its longest task).
  for (const el of root.querySelectorAll('[data-i18n]')) {
    if (text(el.dataset.i18n) == null) continue;
    const s = t(lang, el.dataset.i18n, {}, table);
    if (el.textContent !== s) el.textContent = s;
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (text(key) == null) continue;
      const s = t(lang, key, {}, table);
      if (el.getAttribute(attr) !== s) el.setAttribute(attr, s);
    }
  }
  if (root.documentElement && root.title !== t(lang, 'title')) root.title = t(lang, 'title');
}
