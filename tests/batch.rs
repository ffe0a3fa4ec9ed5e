//! The national batch: each area is projected exactly as a one-region scenario would be, the
//! totals are the areas' sums, reading in steps changes nothing, and bad files are refused by
//! line and column.

use jamsostek::api::batch::{binary_head, finish, start, BatchRequest};
use jamsostek::api::plan::{self, ScenarioRequest};
use jamsostek::plan::batch::{Areas, Batch, SubtotalLevel, Texts};
use serde_json::json;

fn template() -> ScenarioRequest {
    serde_json::from_value(json!({
        "region": { "baseYear": "2026" },
        "settings": { "years": "5" },
        "target": { "pct": "60", "year": "2029" },
        "groups": [{ "name": "sasaran", "workers": "1", "package": "bpuBasic", "months": "12", "source": "apbdRegency" }]
    }))
    .unwrap()
}

fn request() -> BatchRequest {
    BatchRequest { scenario: template(), ..Default::default() }
}

fn run_batch(text: &str, step: usize) -> (jamsostek::api::batch::BatchSummary, Batch) {
    let mut job = start(text.to_string(), &request()).unwrap_or_else(|e| panic!("{e:?}"));
    while job.step(step) < 1.0 {}
    finish(job, &request()).unwrap_or_else(|e| panic!("{e:?}"))
}

fn run(text: &str, step: usize) -> (jamsostek::api::batch::BatchSummary, Areas) {
    let (s, b) = run_batch(text, step);
    (s, b.areas)
}

const SAMPLE: &str = "\u{feff}kode;nama;provinsi;kabupaten;pekerja;peserta_formal;peserta_informal;sasaran_petani;sasaran_nelayan\r\n\
11.01.01.2001;Sukamaju;Aceh;Simeulue;1.200;300;50;100;20\r\n\
11.01.01.2002;\"Mekar \"\"Jaya\"\"\";Aceh;Simeulue;800;100;0;0;0\r\n\
\r\n\
11.01.01.2003;Sidorejo;Aceh;Simeulue;2500;2400;300;50;0\r\n\
11.01.01.2004;Karangsari;Aceh;;4000;1000;400;900;100\r\n";

/// The one-region scenario an area of SAMPLE stands for.
fn area_scenario(workers: &str, formal: &str, informal: &str, targets: &[&str]) -> ScenarioRequest {
    let mut s = template();
    s.workforce.total = Some(jamsostek::api::NumInput::Text(workers.into()));
    s.current.formal = Some(jamsostek::api::NumInput::Text(formal.into()));
    s.current.informal = Some(jamsostek::api::NumInput::Text(informal.into()));
    let g = s.groups[0].clone();
    s.groups = targets
        .iter()
        .filter(|t| **t != "0")
        .map(|t| plan::GroupRequest { workers: Some(jamsostek::api::NumInput::Text((*t).into())), ..g.clone() })
        .collect();
    s
}

#[test]
fn every_area_is_projected_as_its_own_scenario_would_be() {
    let (sum, a) = run(SAMPLE, 1000);
    assert_eq!(sum.count, 4);
    assert_eq!(texts(&a.name), ["Sukamaju", "Mekar \"Jaya\"", "Sidorejo", "Karangsari"]);
    assert_eq!((at(&a.province, 0), at(&a.regency, 0), at(&a.district, 0)), ("Aceh", "Simeulue", ""));
    assert_eq!((at(&a.province, 3), at(&a.regency, 3)), ("Aceh", ""));
    assert_eq!(a.line, [2, 3, 5, 6]);
    let rows = [
        ("1200", "300", "50", vec!["100", "20"]),
        ("800", "100", "0", vec!["0", "0"]),
        ("2500", "2400", "300", vec!["50", "0"]),
        ("4000", "1000", "400", vec!["900", "100"]),
    ];
    for (i, (w, f, inf, t)) in rows.iter().enumerate() {
        if i == 2 {
            continue; // more participants than workers: a scenario refuses it, the batch caps it (below)
        }
        let p = plan::project(&area_scenario(w, f, inf, t));
        assert!(p.ok, "{:?}", p.errors);
        let base = p.base.as_ref().unwrap();
        let y2029 = p.years.iter().find(|y| y.year == 2029).unwrap();
        assert_eq!(a.base_bp[i], base.coverage_pct.map(|v| (v * 100.0).round() as i64).unwrap(), "area {i}");
        assert_eq!(a.final_bp[i], y2029.coverage_bp.unwrap(), "area {i}");
        assert_eq!(a.gap[i], y2029.gap.unwrap(), "area {i}");
        assert_eq!(a.first_budget[i], p.years[0].budget.get(), "area {i}");
        assert_eq!(a.total_budget[i], p.years.last().unwrap().cumulative_budget.get(), "area {i}");
        assert_eq!(a.subsidised[i], p.years[0].subsidised, "area {i}");
    }
    // Sidorejo has more participants than workers: capped, and said once for the batch.
    assert_eq!(a.base_bp[2], 10_000);
    assert!(sum.warnings.iter().any(|w| w.code == "coverage_capped" && w.message_en.contains("lines 5")));
    // 2027: 120 + 50 + 1,000 workers × Rp 16,800 × 12 months, APBD pays all.
    assert_eq!(sum.years[0].budget.value.get(), 1_170 * 16_800 * 12);
}

#[test]
fn totals_are_the_areas_sums_and_steps_change_nothing() {
    let (sum, a) = run(SAMPLE, 1000);
    assert_eq!(sum.base_workers, a.workers.iter().sum::<i64>());
    assert_eq!(sum.base_covered, a.covered.iter().sum::<i64>());
    assert_eq!(sum.years.last().unwrap().cumulative.value.get(), a.total_budget.iter().sum::<i64>());
    assert_eq!(sum.years[0].budget.value.get(), a.first_budget.iter().sum::<i64>());
    let y = sum.years.iter().find(|y| y.year == 2029).unwrap();
    assert_eq!(y.gap.unwrap(), a.gap.iter().sum::<i64>());
    assert_eq!(y.areas_at_target.unwrap(), a.gap.iter().filter(|g| **g == 0).count());
    assert!(sum.summary.starts_with("4 wilayah: UCJ"), "{}", sum.summary);
    assert!(sum.coverage.svg.starts_with("<svg") && sum.budget.svg.starts_with("<svg"));
    for step in [1, 2, 3] {
        assert_eq!(run(SAMPLE, step), (sum.clone(), a.clone()), "step {step}");
    }
}

#[test]
fn a_generated_file_of_thousands_of_areas_runs_and_exports_a_row_each() {
    let mut text = String::from("kode,nama,pekerja,peserta,sasaran\n");
    for i in 0..5_000 {
        text.push_str(&format!("{i},Desa {i},{},{},{}\n", 500 + i % 3000, i % 400, i % 50));
    }
    let (sum, b) = run_batch(&text, 700);
    assert_eq!(sum.count, 5_000);
    let csv = jamsostek::api::batch::export_csv(&b, None, jamsostek::fmt::Lang::Id);
    assert_eq!(csv.lines().count(), 1 + 5_000 + 1, "header, one row per area, total");
    assert!(csv.lines().last().unwrap().contains("JUMLAH"));
}

fn errors(text: &str) -> (Vec<String>, usize) {
    let e = match start(text.to_string(), &request()) {
        Err(e) => e,
        Ok(job) => match finish(job, &request()) {
            Err(e) => e,
            Ok(_) => panic!("accepted"),
        },
    };
    (e.line_errors.iter().map(|x| x.message_id.clone()).collect(), e.error_count)
}

#[test]
fn bad_files_are_refused_by_line_and_column() {
    let (e, _) = errors("nama;pekerja;peserta;umur\nA;1;1;2\n");
    assert_eq!(e, ["Baris 1, kolom \"umur\": kolom tidak dikenal."]);
    let (e, _) = errors("nama;peserta\nA;1\n");
    assert!(e[0].contains("sedikitnya \"nama\", \"pekerja\""), "{e:?}");
    let (e, n) = errors("nama;pekerja;peserta\nA;1.000;10\nB;dua;1\nC;;1\n;5;1\nD;5;\nE;1,000;1\n\"F;5;1\n");
    assert_eq!(n, 6);
    assert_eq!(
        e,
        [
            "Baris 3, kolom \"pekerja\": Bukan angka. Tulis seperti 12.800 atau 12800.",
            "Baris 4, kolom \"pekerja\": Wajib diisi.",
            "Baris 5: nama wilayah wajib diisi.",
            "Baris 6: jumlah peserta wajib diisi.",
            "Baris 7, kolom \"pekerja\": Koma berarti desimal. Untuk ribuan pakai titik (1.000) atau tanpa pemisah (1000).",
            "Baris 8: tanda kutip tidak ditutup.",
        ]
    );
    let many: String = std::iter::once("nama;pekerja;peserta\n".to_string())
        .chain((0..120).map(|i| format!("D{i};-5;1\n")))
        .collect();
    let (e, n) = errors(&many);
    assert_eq!((e.len(), n), (50, 120), "the first 50 listed, all counted");
    let (e, _) = errors("");
    assert_eq!(e, ["Baris 1: berkas kosong."]);
    // Files that are no text, as the page reads their bytes (UTF-8, else Windows-1252): said so,
    // with what to do, instead of a header of unknown columns quoting them.
    let save = "Simpan dari spreadsheet sebagai CSV (di Excel: File › Save As › CSV UTF-8) lalu pilih berkas itu.";
    let (e, n) = errors("PK\u{3}\u{4}\u{14}\0\u{6}\0[Content_Types].xml");
    assert_eq!((e, n), (vec![format!("Baris 1: berkas ini buku kerja Excel (.xlsx) atau arsip ZIP, bukan CSV. {save}")], 1));
    let (e, _) = errors("\u{d0}\u{cf}\u{11}\u{e0}\u{a1}\u{b1}\u{1a}\u{e1}");
    assert_eq!(e, [format!("Baris 1: berkas ini berkas Office lama (misalnya buku kerja .xls), bukan CSV. {save}")]);
    let (e, _) = errors("%PDF-1.7\n%\u{e2}\u{e3}\u{cf}\u{d3}\n");
    assert_eq!(e, [format!("Baris 1: berkas ini PDF, bukan CSV. {save}")]);
    let (e, _) = errors("\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR");
    assert_eq!(e, [format!("Baris 1: berkas ini bukan teks CSV (berisi data biner, misalnya gambar). {save}")]);
    // Tabs, form feeds and both line ends are text; a control character past the first 4 KB is
    // the file's own line's problem (here a number that is not one).
    let tabs = format!("nama\tpekerja\tpeserta\r\nA\t1\t1\u{c}\n{}", "B\t2\t1\n".repeat(600));
    assert!(start(tabs, &request()).is_ok());
    assert!(start("nama;pekerja;peserta\r\n\"A\u{b}B\";1;1\r\n\u{1a}\0\0".into(), &request()).is_ok(), "a vertical tab in a cell, DOS's end mark and NUL padding");
    // A workbook larger than the limit is still said to be a workbook.
    let (e, _) = errors(&format!("PK\u{3}\u{4}{}", "\u{e0}".repeat(33 << 20)));
    assert_eq!(e, [format!("Baris 1: berkas ini buku kerja Excel (.xlsx) atau arsip ZIP, bukan CSV. {save}")]);
    // The bytes that are not UTF-8: only those of no text at all give a head to read.
    let xlsx = [b"PK\x03\x04\x14\x00".as_slice(), &[0xff; 5000]].concat();
    assert_eq!(binary_head(&xlsx).map(|h| h.chars().count()), Some(4096));
    assert_eq!(binary_head(b"nama;pekerja;peserta\r\nD\xe9sa;1;1\r\n"), None, "Windows-1252 text");
    let late = format!("nama;pekerja;peserta\n{}C;1\u{1};1\n", "B;2;1\n".repeat(700));
    let (e, _) = errors(&late);
    assert!(e[0].starts_with("Baris 702, kolom \"pekerja\""), "{e:?}");
    let (e, _) = errors("nama;pekerja;peserta\n");
    assert_eq!(e, ["Baris 2: tidak ada baris wilayah."]);
}

#[test]
fn bad_settings_are_field_errors_under_scenario() {
    let mut req = request();
    req.scenario.settings.years = Some(jamsostek::api::NumInput::Text("99".into()));
    let e = start("nama;pekerja;peserta\nA;1;1\n".into(), &req).err().unwrap();
    assert_eq!(e.errors[0].field, "scenario.settings.years");
    let mut req = request();
    req.scenario.groups.clear();
    let e = start("nama;pekerja;peserta\nA;1;1\n".into(), &req).err().unwrap();
    assert_eq!(e.errors[0].field, "scenario.groups");
}

const PLACES: &str = "kode;nama;provinsi;kabupaten;kecamatan;pekerja;peserta_formal;peserta_informal;sasaran_petani;sasaran_nelayan\n\
51.04.01.2001;Batubulan Kangin;Bali;Kabupaten Gianyar;Sukawati;1200;300;50;100;20\n\
51.04.01.2002;Ketewel;Bali;Kabupaten Gianyar;Sukawati;800;100;0;0;10\n\
51.04.02.2001;Mas;Bali;Kabupaten Gianyar;Ubud;2000;600;100;50;0\n\
51.01.01.2001;Cupel;Bali;Kabupaten Jembrana;Negara;500;50;10;40;0\n\
;Sukamaju;Jawa Barat;Kabupaten Garut;Cibatu;700;70;0;30;0\n\
;Sukamulya;jawa  barat;kabupaten garut;CIBATU;300;30;0;0;0\n\
;Tanpa Induk;;;;100;10;0;0;0\n";

fn column<'a>(a: &'a Areas, f: impl Fn(&'a Areas) -> &'a Texts) -> Vec<&'a str> {
    f(a).iter().collect()
}

/// A text column's rows.
fn texts(t: &Texts) -> Vec<&str> {
    t.iter().collect()
}

/// Row `i` of a text column.
fn at(t: &Texts, i: usize) -> &str {
    t.get(i).expect("a row")
}

#[test]
fn subtotals_sum_the_areas_of_each_district_regency_and_province_by_code_else_by_name() {
    let (sum, b) = run_batch(PLACES, 1000);
    let a = &b.areas;
    let d = &b.subtotals.district;
    // By code (in code order), then by name (case and spaces aside): Sukamaju and Sukamulya
    // share Cibatu; "Tanpa Induk" names no district and is in no subtotal.
    assert_eq!(column(d, |x| &x.code), ["51.01.01", "51.04.01", "51.04.02", ""]);
    assert_eq!(column(d, |x| &x.name), ["Negara", "Sukawati", "Ubud", "Cibatu"]);
    assert_eq!(column(d, |x| &x.regency), ["Kabupaten Jembrana", "Kabupaten Gianyar", "Kabupaten Gianyar", "Kabupaten Garut"]);
    assert_eq!(d.count, [1, 2, 1, 2]);
    let members: [&[usize]; 4] = [&[3], &[0, 1], &[2], &[4, 5]];
    for (r, m) in members.iter().enumerate() {
        let s = |v: &Vec<i64>| m.iter().map(|i| v[*i]).sum::<i64>();
        assert_eq!(d.workers[r], s(&a.workers), "district {r}");
        assert_eq!(d.covered[r], s(&a.covered), "district {r}");
        assert_eq!(d.subsidised[r], s(&a.subsidised), "district {r}");
        assert_eq!(d.gap[r], s(&a.gap), "district {r}");
        assert_eq!(d.gap_cost[r], s(&a.gap_cost), "district {r}");
        assert_eq!(d.first_budget[r], s(&a.first_budget), "district {r}");
        assert_eq!(d.total_budget[r], s(&a.total_budget), "district {r}");
        // UCJ of the sums, not the mean of the areas' percentages.
        let bp = (s(&a.covered) * 20_000 + s(&a.workers)) / (2 * s(&a.workers));
        assert_eq!(d.base_bp[r], bp, "district {r}");
    }
    // Sukawati: 1,200 + 800 workers, 350 + 100 participants: 22.50 %.
    assert_eq!((d.workers[1], d.covered[1], d.base_bp[1]), (2_000, 450, 2_250));
    assert_eq!(d.targets_of(1), [100, 30], "each target column summed");
    let r = &b.subtotals.regency;
    assert_eq!(column(r, |x| &x.code), ["51.01", "51.04", ""]);
    assert_eq!(column(r, |x| &x.name), ["Kabupaten Jembrana", "Kabupaten Gianyar", "Kabupaten Garut"]);
    assert_eq!(r.count, [1, 3, 2]);
    assert_eq!(r.workers, [500, 4_000, 1_000]);
    let p = b.subtotals.level(SubtotalLevel::Province);
    assert_eq!((column(p, |x| &x.code), column(p, |x| &x.name)), (vec!["51", ""], vec!["Bali", "Jawa Barat"]));
    assert_eq!(p.count, [4, 2]);
    assert_eq!(p.workers.iter().sum::<i64>() + 100, sum.base_workers, "all but the area without a province");
}

#[test]
fn the_export_has_province_regency_and_district_columns_and_each_level_its_own_table() {
    let (_, b) = run_batch(PLACES, 1000);
    let csv = jamsostek::api::batch::export_csv(&b, None, jamsostek::fmt::Lang::Id);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}kode;nama;provinsi;kabupaten/kota;kecamatan;pekerja;peserta;"), "{}", lines[0]);
    assert!(lines[1].starts_with("51.04.01.2001;Batubulan Kangin;Bali;Kabupaten Gianyar;Sukawati;1200;350;29,17;"), "{}", lines[1]);
    assert_eq!(lines.len(), 1 + 7 + 1);
    let csv = jamsostek::api::batch::export_csv(&b, Some(SubtotalLevel::District), jamsostek::fmt::Lang::En);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}code,name,province,regency/city,district,areas,workers,participants,"), "{}", lines[0]);
    assert!(lines[2].starts_with("51.04.01,Sukawati,Bali,Kabupaten Gianyar,Sukawati,2,2000,450,22.50,"), "{}", lines[2]);
    assert_eq!(lines.len(), 1 + 4 + 1);
    assert!(lines[5].starts_with(",TOTAL,,,,7,"), "the total counts every area: {}", lines[5]);
}

#[test]
fn any_area_or_subtotal_opens_as_a_scenario_of_its_own() {
    let (_, b) = run_batch(PLACES, 1000);
    let req = request();
    // An area: the planning view's projection gives the batch's own figures for it.
    let s = jamsostek::api::batch::scenario_of(&b, &req, None, 0).unwrap();
    assert_eq!(s.region.name.as_deref(), Some("Batubulan Kangin"));
    assert_eq!((s.region.code.as_deref(), s.region.parent.as_deref()), (Some("51.04.01.2001"), Some("Sukawati")));
    assert_eq!(s.groups.len(), 2);
    assert_eq!(s.groups[0].name.as_deref(), Some("petani"));
    let p = plan::project(&s);
    assert!(p.ok, "{:?}", p.errors);
    let y2029 = p.years.iter().find(|y| y.year == 2029).unwrap();
    assert_eq!(b.areas.final_bp[0], y2029.coverage_bp.unwrap());
    assert_eq!(b.areas.first_budget[0], p.years[0].budget.get());
    assert_eq!(b.areas.total_budget[0], p.years.last().unwrap().cumulative_budget.get());
    // A district: one region of its areas' sums (the same package and budget; nobody capped).
    let s = jamsostek::api::batch::scenario_of(&b, &req, Some(SubtotalLevel::District), 1).unwrap();
    assert_eq!(s.region.name.as_deref(), Some("Kecamatan Sukawati"));
    assert_eq!((s.region.code.as_deref(), s.region.parent.as_deref()), (Some("51.04.01"), Some("Kabupaten Gianyar")));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["workforce"]["total"], 2000.0);
    assert_eq!((json["current"]["formal"].as_f64(), json["current"]["informal"].as_f64()), (Some(400.0), Some(50.0)));
    assert_eq!(json["groups"][1]["workers"], 30.0);
    assert_eq!(json["target"], serde_json::json!({ "pct": "60", "year": "2029" }));
    let p = plan::project(&s);
    assert!(p.ok, "{:?}", p.errors);
    assert_eq!(b.subtotals.district.first_budget[1], p.years[0].budget.get());
    // A regency and a province carry their level; a row past the end is none.
    let s = jamsostek::api::batch::scenario_of(&b, &req, Some(SubtotalLevel::Regency), 1).unwrap();
    assert_eq!((s.region.name.as_deref(), json_level(&s)), (Some("Kabupaten Gianyar"), "regency".into()));
    let s = jamsostek::api::batch::scenario_of(&b, &req, Some(SubtotalLevel::Province), 0).unwrap();
    assert_eq!((s.region.name.as_deref(), json_level(&s), s.region.parent), (Some("Provinsi Bali"), "province".into(), None));
    assert!(jamsostek::api::batch::scenario_of(&b, &req, Some(SubtotalLevel::Province), 9).is_none());
}

fn json_level(s: &ScenarioRequest) -> String {
    serde_json::to_value(s).unwrap()["region"]["level"].as_str().unwrap().to_string()
}

fn book(provinces: &[&str]) -> std::rc::Rc<jamsostek::regions::CodeBook> {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data");
    let index = jamsostek::regions::Index::parse(&std::fs::read_to_string(format!("{data}/wilayah.txt")).unwrap()).unwrap();
    let b = jamsostek::regions::CodeBook::new(index);
    let known: Vec<&str> = provinces.iter().copied().filter(|p| b.index().get(p).is_some()).collect();
    for p in known {
        b.add_province(p, &std::fs::read_to_string(format!("{data}/desa/{p}.txt")).unwrap()).unwrap();
    }
    std::rc::Rc::new(b)
}

/// Runs `text` with its codes checked against the list of `provinces` (all the file needs when
/// `None`), as the page does.
fn run_checked(text: &str, provinces: Option<&[&str]>) -> Result<(jamsostek::api::batch::BatchSummary, Batch), jamsostek::api::batch::BatchFailure> {
    let mut job = start(text.to_string(), &request())?;
    let need = job.provinces();
    let need: Vec<&str> = need.iter().map(String::as_str).collect();
    job.use_codes(book(provinces.unwrap_or(&need)));
    while job.step(100) < 1.0 {}
    finish(job, &request())
}

const CODED: &str = "kode;nama;pekerja;peserta;sasaran\n\
51.04.01.2001;Batubulan;1000;100;10\n\
51.04.01.2002;;800;80;0\n\
51.04.01.2003;Desa GUWANG;700;70;0\n\
51.04.05.2001;Lodtunduh Kaja;900;90;0\n\
51.04;Kab. Gianyar;50000;5000;0\n";

#[test]
fn codes_are_checked_against_the_kemendagri_list_names_filled_and_differences_flagged() {
    let mut job = start(CODED.to_string(), &request()).unwrap();
    assert_eq!(job.provinces(), ["51"], "the provinces the file's codes lie in");
    job.use_codes(book(&["51"]));
    while job.step(2) < 1.0 {}
    let (sum, b) = finish(job, &request()).unwrap();
    let a = &b.areas;
    // A missing name is filled from the code; so are province, regency and district.
    assert_eq!(at(&a.name, 1), "Ketewel");
    assert_eq!((at(&a.province, 1), at(&a.regency, 1), at(&a.district, 1)), ("Bali", "Kabupaten Gianyar", "Sukawati"));
    assert_eq!((at(&a.province, 4), at(&a.regency, 4), at(&a.district, 4)), ("Bali", "", ""), "a regency's own row");
    // "Desa GUWANG" and "Kab. Gianyar" are the official names written another way; "Lodtunduh
    // Kaja" is not Lodtunduh: kept, and flagged with its line.
    assert_eq!(at(&a.name, 3), "Lodtunduh Kaja");
    assert_eq!(texts(&a.official), ["", "", "", "Lodtunduh", ""], "the list's name beside the file's where they differ");
    let w = sum.warnings.iter().find(|w| w.code == "name_differs").expect("flagged");
    assert_eq!(
        w.message_id,
        "Di 1 wilayah nama dalam berkas berbeda dari daftar Kemendagri untuk kodenya; nama dalam berkas dipakai (baris 5: “Lodtunduh Kaja”, daftar: “Lodtunduh”)."
    );
    assert!(w.message_en.starts_with("In 1 areas the file's name differs"), "{}", w.message_en);
    let f = sum.warnings.iter().find(|w| w.code == "name_filled").unwrap();
    assert_eq!(f.message_en, "The names of 1 areas were filled from their codes by the Kemendagri list.");
    // Subtotals find their names in the list too.
    assert_eq!(texts(&b.subtotals.district.name), ["Sukawati", "Ubud"]);
}

#[test]
fn an_unknown_code_is_a_line_error_and_an_unloaded_province_is_said_unchecked() {
    let text = "kode;nama;pekerja;peserta\n51.04.01.2001;Batubulan;1000;100\n51.04.99.2001;Entah;800;80\n99.01;Tidak Ada;5;1\n5104012001;Tanpa Titik;5;1\n";
    let e = run_checked(text, None).err().unwrap();
    let m: Vec<&str> = e.line_errors.iter().map(|x| x.message_en.as_str()).collect();
    assert_eq!(
        m,
        [
            "Line 3, column \"kode\": code \"51.04.99.2001\" is not in the Kemendagri list (Kepmendagri 300.2.2-2138/2025); write a dotted code such as 51.04.01.2001.",
            "Line 4, column \"kode\": code \"99.01\" is not in the Kemendagri list (Kepmendagri 300.2.2-2138/2025); write a dotted code such as 51.04.01.2001.",
            "Line 5, column \"kode\": code \"5104012001\" is not in the Kemendagri list (Kepmendagri 300.2.2-2138/2025); write a dotted code such as 51.04.01.2001.",
        ]
    );
    assert!(e.line_errors[0].message_id.starts_with("Baris 3, kolom \"kode\": kode \"51.04.99.2001\" tidak ada dalam daftar Kemendagri"));
    // Villages of a province whose file is not loaded: computed, counted as unchecked.
    let (sum, _) = run_checked("kode;nama;pekerja;peserta\n52.01.01.2001;Sesuatu;100;10\n51.04.01.2001;Batubulan;1000;100\n", Some(&["51"])).unwrap();
    let w = sum.warnings.iter().find(|w| w.code == "codes_unchecked").unwrap();
    assert!(w.message_id.starts_with("Kode 1 wilayah tidak diperiksa"), "{}", w.message_id);
    // The page could not load the list at all: every coded area unchecked, nothing refused.
    let mut job = start("kode;nama;pekerja;peserta\n99.99;X;10;1\n".into(), &request()).unwrap();
    job.codes_unavailable();
    let (sum, _) = finish(job, &request()).unwrap();
    assert!(sum.warnings.iter().any(|w| w.code == "codes_unchecked"));
    // Without a code column there is nothing to check.
    assert!(start("nama;pekerja;peserta\nA;1;1\n".into(), &request()).unwrap().provinces().is_empty());
}

#[test]
fn rows_wait_for_their_provinces_villages_while_the_other_provinces_rows_are_read() {
    // As the page does: the list's files come one by one while the steps go on.
    let text = "kode;nama;pekerja;peserta\n51.04.01.2001;Batubulan;1000;100\n51.04.01.2002;;800;80\n\
                52.01.01.1001;;900;90\n52.01.01.1004;Dasan Geres;100;10\n51.04;Kab. Gianyar;50000;5000\n";
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data");
    let shared = book(&["51"]);
    let mut job = start(text.to_string(), &request()).unwrap();
    job.use_codes(std::rc::Rc::clone(&shared));
    job.expect_provinces(&["52".to_string()]);
    let read = job.step(100);
    assert!(job.is_waiting(), "stopped before the first row of 52");
    assert!(read > 0.0 && read < 1.0, "{read}");
    assert_eq!(job.step(100), read, "still waiting: nothing more read");
    shared.add_province("52", &std::fs::read_to_string(format!("{data}/desa/52.txt")).unwrap()).unwrap();
    assert_eq!(job.step(100), 1.0);
    assert!(!job.is_waiting());
    let (sum, b) = finish(job, &request()).unwrap();
    assert_eq!(at(&b.areas.name, 2), "Gerung Utara", "filled from the code once 52's villages came");
    assert_eq!(at(&b.areas.district, 2), "Gerung");
    let (all_sum, all) = run_checked(text, None).unwrap();
    assert_eq!(b, all, "the same as with every file in before the steps");
    assert_eq!(sum.warnings, all_sum.warnings);

    // A file that fails to come is settled: its rows are read, their codes counted unchecked.
    let ok = "kode;nama;pekerja;peserta\n52.01.01.2001;Sesuatu;100;10\n51.04.01.2001;Batubulan;1000;100\n";
    let mut job = start(ok.to_string(), &request()).unwrap();
    job.use_codes(book(&["51"]));
    job.expect_provinces(&["52".to_string()]);
    assert!(job.step(100) < 1.0 && job.is_waiting());
    job.province_settled("52");
    assert_eq!(job.step(100), 1.0);
    let (sum, b) = finish(job, &request()).unwrap();
    assert_eq!(b.areas.len(), 2);
    assert!(sum.warnings.iter().find(|w| w.code == "codes_unchecked").unwrap().message_en.starts_with("The codes of 1 areas"));
    // Finishing while a file is still expected reads the rest, unchecked, instead of waiting.
    let mut job = start(ok.to_string(), &request()).unwrap();
    job.use_codes(book(&["51"]));
    job.expect_provinces(&["52".to_string()]);
    let (sum, b) = finish(job, &request()).unwrap();
    assert_eq!(b.areas.len(), 2);
    assert!(sum.warnings.iter().any(|w| w.code == "codes_unchecked"));
}

fn skipping() -> BatchRequest {
    BatchRequest { bad_rows: Some(jamsostek::api::batch::BadRows::Skip), ..request() }
}

#[test]
fn bad_rows_can_be_skipped_and_listed_instead_of_refusing_the_file() {
    let text = "nama;pekerja;peserta;sasaran\nA;1.000;10;5\nB;dua;1;0\nC;500;50;0\n;5;1;0\nD;5;1;0;9\n";
    // All or nothing by default.
    assert!(start(text.into(), &request()).and_then(|j| finish(j, &request())).is_err());
    let req = skipping();
    let mut job = start(text.into(), &req).unwrap();
    while job.step(2) < 1.0 {}
    let (sum, b) = finish(job, &req).unwrap();
    assert_eq!(texts(&b.areas.name), ["A", "C"], "the good rows computed");
    assert_eq!(sum.count, 2);
    assert_eq!(sum.skipped_rows, 3);
    let listed: Vec<&str> = sum.skipped.iter().map(|e| e.message_id.as_str()).collect();
    assert_eq!(
        listed,
        [
            "Baris 3, kolom \"pekerja\": Bukan angka. Tulis seperti 12.800 atau 12800.",
            "Baris 5: nama wilayah wajib diisi.",
            "Baris 6: lebih banyak isian daripada kolom.",
        ]
    );
    // The totals are the good rows' alone, exactly as a file of them.
    let (alone, _) = finish(start("nama;pekerja;peserta;sasaran\nA;1.000;10;5\nC;500;50;0\n".into(), &request()).unwrap(), &request()).unwrap();
    assert_eq!((sum.base_workers, sum.years.clone()), (alone.base_workers, alone.years.clone()));
    // Every row bad: nothing to compute, every problem listed.
    let e = finish(start("nama;pekerja;peserta\nB;dua;1\n;1;1\n".into(), &req).unwrap(), &req).err().unwrap();
    assert_eq!(e.error_count, 3);
    assert_eq!(e.line_errors[0].message_en, "Line 1: no good rows: every area row has problems.");
    // A problem of the whole file still refuses it.
    let e = finish(start("nama;pekerja;peserta\nA;1;1\n\"B;1;1\n".into(), &req).unwrap(), &req).err().unwrap();
    assert_eq!(e.line_errors[0].message_id, "Baris 3: tanda kutip tidak ditutup.");
}

#[test]
fn target_groups_larger_than_the_uncovered_workers_are_warned_of_by_line() {
    // B: 1,000 workers, 700 covered, 200 + 150 targeted > 300 uncovered. A and C fit.
    let text = "nama;pekerja;peserta;sasaran_a;sasaran_b\nA;1000;100;500;0\nB;1000;700;200;150\nC;100;0;100;0\n";
    let (sum, _) = run(text, 10);
    let w: Vec<_> = sum.warnings.iter().filter(|w| w.code == "targets_over_uncovered").collect();
    assert_eq!(w.len(), 1);
    assert_eq!(
        w[0].message_id,
        "Di 1 wilayah sasaran lebih besar dari pekerja yang belum terlindungi (baris 3: sasaran 350, belum terlindungi 300); periksa apakah sasaran sudah terhitung sebagai peserta aktif."
    );
    assert_eq!(
        w[0].message_en,
        "In 1 areas the target groups are larger than the uncovered workers (line 3: targets 350, uncovered 300); check whether the targets are already counted as active participants."
    );
}

#[test]
fn a_snapshot_of_the_computed_areas_reads_back_as_the_same_result() {
    let coded = run_checked(CODED, None).unwrap();
    for ((sum, b), checked) in [(run_batch(SAMPLE, 3), false), (run_batch(PLACES, 3), false), (coded, true)] {
        let again = jamsostek::api::batch::snapshot(&b);
        assert!(!again.contains("\u{feff}"));
        // Read back as it was computed: codes checked again when they were (names now filled).
        let (sum2, b2) = if checked { run_checked(&again, None).unwrap() } else { run_batch(&again, 1000) };
        assert_eq!(texts(&b2.areas.name), texts(&b.areas.name), "{again}");
        assert_eq!((b2.areas.workers.clone(), b2.areas.total_budget.clone(), b2.areas.gap.clone()), (b.areas.workers.clone(), b.areas.total_budget.clone(), b.areas.gap.clone()));
        assert_eq!(b2.subtotals, b.subtotals);
        assert_eq!((sum2.years, sum2.summary), (sum.years, sum.summary));
        assert_eq!(b2.target_names, b.target_names);
        assert_eq!(b2.areas.line, b.areas.line, "each area keeps the line it had in the file");
        assert_eq!(sum2.warnings, sum.warnings.into_iter().filter(|w| w.code != "name_filled").collect::<Vec<_>>());
    }
    // Names with the separator or quotes survive.
    let (_, b) = run_batch("nama;pekerja;peserta\n\"Desa; \"\"Satu\"\"\";10;1\n", 10);
    let (_, b2) = run_batch(&jamsostek::api::batch::snapshot(&b), 10);
    assert_eq!(texts(&b2.areas.name), ["Desa; \"Satu\""]);
}

#[test]
fn the_code_book_holds_every_district_and_village_of_the_list_by_name() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/www/data");
    let index = jamsostek::regions::Index::parse(&std::fs::read_to_string(format!("{data}/wilayah.txt")).unwrap()).unwrap();
    let provinces: Vec<String> = index.provinces().map(|r| r.code.clone()).collect();
    let b = jamsostek::regions::CodeBook::new(index.clone());
    let (mut villages, mut districts) = (0, 0);
    for p in &provinces {
        let text = std::fs::read_to_string(format!("{data}/desa/{p}.txt")).unwrap();
        b.add_province(p, &text).unwrap();
        let v = jamsostek::regions::villages_of(&text, p).unwrap();
        for d in &v.districts {
            assert_eq!(b.name(&d.code), jamsostek::regions::Lookup::Found(&d.name));
        }
        for x in &v.villages {
            assert_eq!(b.name(&x.code), jamsostek::regions::Lookup::Found(&x.name));
        }
        villages += v.villages.len();
        districts += v.districts.len();
        // Another province's file, or a cut-short one, is refused.
        assert!(jamsostek::regions::CodeBook::new(index.clone()).add_province(if p == "11" { "12" } else { "11" }, &text).is_err());
        let cut: String = text.lines().take(text.lines().count() - 1).collect::<Vec<_>>().join("\n");
        assert!(jamsostek::regions::CodeBook::new(index.clone()).add_province(p, &cut).is_err(), "{p}");
    }
    assert_eq!((districts, villages), (7_285, 83_762), "the counts of Kepmendagri 300.2.2-2138/2025");
    assert_eq!(b.name("51.04"), jamsostek::regions::Lookup::Found("Kabupaten Gianyar"));
    assert_eq!(b.name("51.04.01.9999"), jamsostek::regions::Lookup::Unknown);
}
