//! CSV for budget documents: title, assumptions, sources and rule versions, then the yearly table;
//! and the national batch as one table, a row per area.
//!
//! Indonesian settings (the default): `;` between fields, `,` as the decimal mark, a UTF-8 BOM so
//! Excel and LibreOffice read the text right; English: `,` and `.`. Amounts are plain whole
//! numbers (no grouping) so spreadsheets read them as numbers. Text fields are quoted when
//! needed, and a field that starts like a formula (`=`, `+`, `-`, `@`) is prefixed with `'`.
//!
//! Words are the same in every table: workers whose premium a program pays are `Dibiayai` /
//! `Paid for`; a parameter's status is written in the file's language (`berlaku`, `proyeksi`,
//! `belum dikonfirmasi`). The first mention of UCJ in each file spells it out: `Universal
//! Coverage Jamsostek (UCJ)`.

use super::chart::{paying_sources, source_amount, Which};
use super::download::{source_line, title};
use super::{denominator_label, pct, source_label, status_label};
use crate::fmt::Lang;
use crate::params::Version;
use crate::plan::batch::{Areas, SubtotalLevel, Totals};
use super::explain;
use crate::plan::project::{PremiumCache, Projection};
use crate::plan::scenario::Scenario;

/// A village of a many-areas template: code, name, district, regency, province.
pub type TemplateRow<'a> = [&'a str; 5];

/// A many-areas template: every village given with its code, name and parents, the number
/// columns empty for the user to fill, in the columns the batch reads (`;`, a BOM and CRLF, so
/// that Excel and LibreOffice in Indonesian settings open it in columns).
pub fn area_template(rows: &[TemplateRow<'_>]) -> String {
    let mut c = Csv { sep: ';', lang: Lang::Id, out: String::from("\u{feff}") };
    let head = ["kode", "nama", "provinsi", "kabupaten", "kecamatan", "pekerja", "peserta_formal", "peserta_informal", "sasaran_rentan"];
    c.row(&head.map(String::from));
    for [code, name, district, regency, province] in rows {
        c.row(&[*code, *name, *province, *regency, *district, "", "", "", ""].map(String::from));
    }
    c.out
}

/// UCJ's first mention in a file.
const UCJ_IN_FULL: &str = "Universal Coverage Jamsostek (UCJ)";

struct Csv {
    sep: char,
    lang: Lang,
    out: String,
}

impl Csv {
    fn text(&self, s: &str) -> String {
        // A negative number is a number, not a formula: spreadsheets must read it as one.
        let negative_number = s
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) && r.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ','));
        let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !negative_number {
            format!("'{s}")
        } else {
            s.to_string()
        };
        if s.contains([self.sep, '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    }
    fn row(&mut self, cells: &[String]) {
        let line: Vec<String> = cells.iter().map(|c| self.text(c)).collect();
        self.out.push_str(&line.join(&self.sep.to_string()));
        self.out.push_str("\r\n");
    }
    fn num(&self, v: i64) -> String {
        v.to_string()
    }
    fn pct(&self, v: Option<f64>) -> String {
        // Display only: the value came from whole basis points.
        v.map(|v| {
            let bp = (v * 100.0).round() as i64;
            let dec = if self.lang == Lang::Id { ',' } else { '.' };
            format!("{}{}{dec}{:02}", if bp < 0 { "-" } else { "" }, (bp / 100).abs(), (bp % 100).abs())
        })
        .unwrap_or_default()
    }
}

/// The CSV for a projection; `assumptions` are the scenario's settings as the user typed them.
pub fn csv(s: &Scenario, p: &Projection, assumptions: &[(String, String)], version: &Version, lang: Lang) -> String {
    let id = lang == Lang::Id;
    let mut c = Csv { sep: if id { ';' } else { ',' }, lang, out: String::from("\u{feff}") };
    let l = |a: &str, b: &str| if id { a.to_string() } else { b.to_string() };
    c.row(&[l(
        "Kalkulator Cakupan Jamsostek: proyeksi cakupan dan anggaran",
        "Jamsostek Coverage Calculator: coverage and budget projection",
    )]);
    c.row(&[l("Wilayah", "Region"), s.name.clone()]);
    c.row(&[l("Tahun dasar", "Base year"), s.base_year.to_string()]);
    c.row(&[l("Penyebut cakupan", "Coverage denominator"), denominator_label(s.denominator, lang).to_string()]);
    c.row(&[l("Jumlah pekerja", "Workforce"), s.workforce.map(|w| c.num(w)).unwrap_or_default()]);
    c.row(&[l("Peserta aktif", "Active participants"), c.num(p.base_covered)]);
    c.row(&[UCJ_IN_FULL.to_string() + " %", c.pct(pct(p.base_coverage_bp))]);
    if let Some(t) = s.target {
        c.row(&[l("Target %", "Target %"), c.pct(pct(Some(t.bp))), l("tahun", "year"), t.year.to_string()]);
    }
    c.row(&[]);
    c.row(&[l("Asumsi", "Assumptions")]);
    for (k, v) in assumptions {
        c.row(&[k.clone(), v.clone()]);
    }
    c.row(&[]);
    c.row(&[
        l("Versi kalkulator", "Calculator version"),
        version.version.to_string(),
        l("aturan terbaru berlaku", "newest rule in force"),
        version.rules_date.to_string(),
        l("aturan diperiksa", "rules checked"),
        version.rules_reviewed.to_string(),
    ]);
    c.row(&[l("Dasar aturan", "Rules applied")]);
    c.row(&[
        l("Parameter", "Parameter"),
        l("Nilai", "Value"),
        l("Berlaku sejak", "In force since"),
        l("Peraturan", "Regulation"),
        l("Pasal", "Article"),
        l("Status", "Status"),
    ]);
    for a in &p.applied {
        c.row(&[
            if id { a.label_id.to_string() } else { a.label_en.to_string() },
            if id { a.text_id.to_string() } else { a.text_en.to_string() },
            a.effective_from.to_string(),
            a.citation.regulation.to_string(),
            a.citation.article.to_string(),
            status_label(a.status, lang).to_string(),
        ]);
    }
    for w in &p.warnings {
        c.row(&[l("Catatan", "Note"), if id { w.message_id.clone() } else { w.message_en.clone() }]);
    }
    c.row(&[]);
    let sources = paying_sources(p);
    let mut head = vec![
        l("Tahun", "Year"),
        l("Jumlah pekerja", "Workforce"),
        l("Terlindungi", "Covered"),
        l("Dibiayai", "Paid for"),
        l("UCJ %", "UCJ %"),
        l("UCJ % (berhenti tinggi)", "UCJ % (high lapse)"),
        l("UCJ % (berhenti rendah)", "UCJ % (low lapse)"),
        l("Kekurangan ke target", "Short of target"),
        l("Anggaran (Rp)", "Budget (Rp)"),
    ];
    head.extend(sources.iter().map(|s| format!("{} (Rp)", source_label(*s, lang))));
    head.extend([
        l("Dibayar pekerja (Rp)", "Paid by workers (Rp)"),
        l("Kumulatif (Rp)", "Cumulative (Rp)"),
        l("Biaya per pekerja tambahan (Rp)", "Cost per extra worker (Rp)"),
        l("% dari APBD", "% of APBD"),
    ]);
    c.row(&head);
    for y in &p.years {
        let mut row = vec![
            y.year.to_string(),
            y.workers.map(|w| c.num(w)).unwrap_or_default(),
            c.num(y.covered),
            c.num(y.subsidised),
            c.pct(pct(y.coverage_bp)),
            c.pct(pct(y.coverage_low_bp)),
            c.pct(pct(y.coverage_high_bp)),
            y.gap.map(|g| c.num(g)).unwrap_or_default(),
            c.num(y.budget.get()),
        ];
        for source in &sources {
            row.push(c.num(source_amount(y, *source)));
        }
        row.extend([
            c.num(y.worker_paid.get()),
            c.num(y.cumulative.get()),
            y.cost_per_extra.map(|v| c.num(v.get())).unwrap_or_default(),
            c.pct(y.apbd_share_ppm.map(|p| p as f64 / 10_000.0)),
        ]);
        c.row(&row);
    }
    c.row(&[]);
    c.row(&[
        l("Kelompok sasaran", "Target group"),
        l("Pekerja", "Workers"),
        l("Dibiayai", "Paid for"),
        l("Iuran per bulan (Rp)", "Premium per month (Rp)"),
        l("Bulan", "Months"),
        l("Biaya tahun pertama (Rp)", "First-year cost (Rp)"),
        l("Sumber dana", "Funding source"),
        l("Mulai", "Start"),
        l("Bulan mulai", "Start month"),
        l("Perhitungan biaya tahun pertama", "How the first-year cost is reached"),
        l("Parameter", "Parameters"),
        l("Sumber aturan", "Rules' sources"),
    ]);
    let mut cache = PremiumCache::default();
    for (g, sum) in s.groups.iter().zip(&p.groups) {
        let cost = cache.group_cost(g, sum);
        c.row(&[
            g.name.clone(),
            c.num(g.workers),
            c.num(g.subsidised()),
            c.num(sum.monthly_premium.get()),
            g.months.to_string(),
            c.num(sum.funder_cost.get()),
            source_label(g.source, lang).to_string(),
            g.start_year.to_string(),
            // Empty for months per year from January; with it, the months count from it in all.
            g.start_month.map(|m| m.to_string()).unwrap_or_default(),
            cost.as_ref().map(|x| explain::group_formula(x, lang)).unwrap_or_default(),
            cost.as_ref().map(|x| explain::param_ids(x.applied)).unwrap_or_default(),
            cost.as_ref().map(|x| explain::sources(x.applied)).unwrap_or_default(),
        ]);
    }
    c.out
}

/// The national batch as one table for spreadsheets: a row per area in file order (or, with
/// `subtotal`, a row per district, regency or province and its count of areas), then the total
/// (`report_year` is the year of the "final" columns). Province, regency and district are
/// columns of their own; the file's free `induk` text has one only when some area gives it.
/// The total row is every area's (`all`), also of areas in no subtotal of that level.
pub fn batch_csv(a: &Areas, all: &Areas, total: &Totals, lang: Lang, subtotal: Option<SubtotalLevel>) -> String {
    let id = lang == Lang::Id;
    let mut c = Csv { sep: if id { ';' } else { ',' }, lang, out: String::from("\u{feff}") };
    let y = total.report_year;
    let first = total.base_year + 1;
    let has_parent = a.parent.iter().any(|p| !p.is_empty());
    let l = |x: &str, e: &str| if id { x.to_string() } else { e.to_string() };
    let mut head: Vec<String> = vec![l("kode", "code"), l("nama", "name"), l("provinsi", "province"), l("kabupaten/kota", "regency/city"), l("kecamatan", "district")];
    if has_parent {
        head.push(l("induk", "parent"));
    }
    if subtotal.is_some() {
        head.push(l("jumlah wilayah", "areas"));
    }
    head.extend([
        l("pekerja", "workers"),
        l("peserta", "participants"),
        format!("{UCJ_IN_FULL} {} %", total.base_year),
        l("dibiayai", "paid for"),
        format!("UCJ {y} %"),
        if id { format!("kekurangan {y}") } else { format!("gap {y}") },
        if id { format!("biaya menutup kekurangan {y}") } else { format!("cost of closing the gap {y}") },
        if id { format!("anggaran {first}") } else { format!("budget {first}") },
        l("anggaran seluruh tahun", "budget all years"),
    ]);
    c.row(&head);
    let bp = |c: &Csv, v: i64| c.pct(Some(v as f64 / 100.0));
    for r in (0..a.len()).filter_map(|i| a.row(i)) {
        let mut row = vec![r.code.to_string(), r.name.to_string(), r.province.to_string(), r.regency.to_string(), r.district.to_string()];
        if has_parent {
            row.push(r.parent.to_string());
        }
        if subtotal.is_some() {
            row.push(c.num(r.count));
        }
        row.extend([
            c.num(r.workers),
            c.num(r.covered),
            bp(&c, r.base_bp),
            c.num(r.subsidised),
            bp(&c, r.final_bp),
            c.num(r.gap),
            c.num(r.gap_cost),
            c.num(r.first_budget),
            c.num(r.total_budget),
        ]);
        c.row(&row);
    }
    let sum = |v: &[i64]| v.iter().fold(0i64, |s, x| s.saturating_add(*x));
    let report = total.years.iter().find(|t| t.year == y);
    let mut row = vec![String::new(), l("JUMLAH", "TOTAL"), String::new(), String::new(), String::new()];
    if has_parent {
        row.push(String::new());
    }
    if subtotal.is_some() {
        row.push(c.num(sum(&all.count)));
    }
    row.extend([
        c.num(total.base_workers),
        c.num(total.base_covered),
        c.pct(pct(total.base_coverage_bp())),
        c.num(sum(&all.subsidised)),
        c.pct(pct(report.and_then(|r| r.coverage_bp))),
        c.num(sum(&all.gap)),
        c.num(sum(&all.gap_cost)),
        c.num(total.years.first().map_or(0, |t| t.budget.get())),
        c.num(total.years.last().map_or(0, |t| t.cumulative.get())),
    ]);
    c.row(&row);
    c.out
}

/// Plans side by side for spreadsheets: a row per plan and year, then each alternative's
/// difference from the baseline (the first plan) per year.
pub fn compare_csv(plans: &[crate::report::plans_chart::Plan<'_>], lang: Lang) -> String {
    let id = lang == Lang::Id;
    let mut c = Csv { sep: if id { ';' } else { ',' }, lang, out: String::from("\u{feff}") };
    let l = |a: &str, b: &str| if id { a.to_string() } else { b.to_string() };
    c.row(&[l(
        "Kalkulator Cakupan Jamsostek: perbandingan rencana",
        "Jamsostek Coverage Calculator: plans compared",
    )]);
    if let Some((_, s, _)) = plans.first() {
        c.row(&[l("Wilayah", "Region"), s.name.clone()]);
        c.row(&[l("Tahun dasar", "Base year"), s.base_year.to_string()]);
    }
    c.row(&[]);
    c.row(&[
        l("Rencana", "Plan"),
        l("Tahun", "Year"),
        l("Jumlah pekerja", "Workforce"),
        l("Terlindungi", "Covered"),
        format!("{UCJ_IN_FULL} %"),
        l("Anggaran (Rp)", "Budget (Rp)"),
        l("Kumulatif (Rp)", "Cumulative (Rp)"),
    ]);
    for (name, _, p) in plans {
        for y in &p.years {
            c.row(&[
                name.to_string(),
                y.year.to_string(),
                y.workers.map(|w| c.num(w)).unwrap_or_default(),
                c.num(y.covered),
                c.pct(pct(y.coverage_bp)),
                c.num(y.budget.get()),
                c.num(y.cumulative.get()),
            ]);
        }
    }
    let Some((base_name, _, base)) = plans.first() else { return c.out };
    c.row(&[]);
    c.row(&[
        l("Dibanding", "Against"),
        l("Rencana", "Plan"),
        l("Tahun", "Year"),
        l("Selisih terlindungi", "Covered difference"),
        l("Selisih UCJ (poin)", "UCJ difference (points)"),
        l("Selisih anggaran (Rp)", "Budget difference (Rp)"),
    ]);
    for (name, _, p) in plans.iter().skip(1) {
        for d in crate::plan::compare::delta(base, p) {
            c.row(&[
                base_name.to_string(),
                name.to_string(),
                d.year.to_string(),
                d.covered.to_string(),
                c.pct(pct(d.coverage_bp)),
                d.budget.get().to_string(),
            ]);
        }
    }
    c.out
}

/// One chart's data for spreadsheets: its title (UCJ spelled out), the values it draws as a
/// table, and its source line. Coverage: a row per year from the base year with the line, the
/// lapse band's edges and the target; budget: a row per year with each paying source and the
/// cumulative total; groups: every group (the chart sums the smallest into one bar; the table
/// lists each), largest first.
pub fn chart_csv(which: Which, s: &Scenario, p: &Projection, version: &Version, lang: Lang) -> String {
    let id = lang == Lang::Id;
    let mut c = Csv { sep: if id { ';' } else { ',' }, lang, out: String::from("\u{feff}") };
    let l = |a: &str, b: &str| if id { a.to_string() } else { b.to_string() };
    c.row(&[title(which, s, p, lang, true)]);
    match which {
        Which::Coverage => {
            if let Some(t) = s.target {
                c.row(&[l("Target %", "Target %"), c.pct(pct(Some(t.bp))), l("tahun", "year"), t.year.to_string()]);
            }
            c.row(&[]);
            // The national path, when drawn: its column (empty in years it does not cover).
            let national = super::chart::national_in_view(s, p);
            let path = |year: i32| national.iter().find(|(y, _)| *y == year).map(|(_, bp)| *bp);
            let mut head = vec![
                l("Tahun", "Year"),
                l("UCJ %", "UCJ %"),
                l("UCJ % (berhenti tinggi)", "UCJ % (high lapse)"),
                l("UCJ % (berhenti rendah)", "UCJ % (low lapse)"),
                l("Target %", "Target %"),
            ];
            if !national.is_empty() {
                head.push(l("Jalur nasional %", "National path %"));
            }
            c.row(&head);
            let target = c.pct(s.target.and_then(|t| pct(Some(t.bp))));
            let base = c.pct(pct(p.base_coverage_bp));
            let mut first = vec![s.base_year.to_string(), base.clone(), base.clone(), base, target.clone()];
            if !national.is_empty() {
                first.push(c.pct(pct(path(s.base_year))));
            }
            c.row(&first);
            for y in &p.years {
                let mut row = vec![
                    y.year.to_string(),
                    c.pct(pct(y.coverage_bp)),
                    c.pct(pct(y.coverage_low_bp)),
                    c.pct(pct(y.coverage_high_bp)),
                    target.clone(),
                ];
                if !national.is_empty() {
                    row.push(c.pct(pct(path(y.year))));
                }
                c.row(&row);
            }
        }
        Which::Budget => {
            c.row(&[]);
            let sources = paying_sources(p);
            let mut head = vec![l("Tahun", "Year"), l("Anggaran (Rp)", "Budget (Rp)")];
            head.extend(sources.iter().map(|s| format!("{} (Rp)", source_label(*s, lang))));
            head.push(l("Kumulatif (Rp)", "Cumulative (Rp)"));
            c.row(&head);
            for y in &p.years {
                let mut row = vec![y.year.to_string(), c.num(y.budget.get())];
                row.extend(sources.iter().map(|source| c.num(source_amount(y, *source))));
                row.push(c.num(y.cumulative.get()));
                c.row(&row);
            }
        }
        Which::Groups => {
            c.row(&[]);
            c.row(&[
                l("Kelompok sasaran", "Target group"),
                l("Pekerja", "Workers"),
                l("Dibiayai", "Paid for"),
                l("Biaya tahun pertama (Rp)", "First-year cost (Rp)"),
                l("Sumber dana", "Funding source"),
                l("Mulai", "Start"),
            ]);
            let mut groups: Vec<_> = s.groups.iter().zip(&p.groups).collect();
            groups.sort_by_key(|(_, sum)| std::cmp::Reverse(sum.funder_cost.get()));
            for (g, sum) in groups {
                c.row(&[
                    g.name.clone(),
                    c.num(g.workers),
                    c.num(g.subsidised()),
                    c.num(sum.funder_cost.get()),
                    source_label(g.source, lang).to_string(),
                    g.start_year.to_string(),
                ]);
            }
        }
    }
    c.row(&[]);
    c.row(&[source_line(p, version, lang)]);
    c.out
}
