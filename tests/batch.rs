//! The national batch: each area is projected exactly as a one-region scenario would be, the
//! totals are the areas' sums, reading in steps changes nothing, and bad files are refused by
//! line and column.

use jamsostek::api::batch::{finish, start, BatchRequest};
use jamsostek::api::plan::{self, ScenarioRequest};
use jamsostek::plan::batch::Areas;
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

fn run(text: &str, step: usize) -> (jamsostek::api::batch::BatchSummary, Areas) {
    let mut job = start(text.to_string(), &request()).unwrap_or_else(|e| panic!("{e:?}"));
    while job.step(step) < 1.0 {}
    finish(job, &request()).unwrap_or_else(|e| panic!("{e:?}"))
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
    assert_eq!(a.name, ["Sukamaju", "Mekar \"Jaya\"", "Sidorejo", "Karangsari"]);
    assert_eq!(a.parent[0], "Aceh, Simeulue");
    assert_eq!(a.parent[3], "Aceh");
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
    let (sum, a) = run(&text, 700);
    assert_eq!(sum.count, 5_000);
    let csv = jamsostek::api::batch::export_csv(&a, &sum, jamsostek::fmt::Lang::Id);
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
