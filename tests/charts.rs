//! Charts and exports: golden SVGs (set UPDATE_GOLDEN=1 to rewrite after a deliberate change),
//! escaping of user text, the generated summaries, and the CSV for budget documents.

use jamsostek::api::plan::{self, ExportRequest, GroupRequest, PlanViewRequest};
use jamsostek::fmt::Lang;
use jamsostek::api::plan::presets;

fn ternate() -> plan::ScenarioRequest {
    presets::all().into_iter().find(|p| p.id == "ternate").unwrap().scenario
}

fn view(s: plan::ScenarioRequest, width: u32, lang: Lang) -> plan::PlanViewResponse {
    plan::plan_view(&PlanViewRequest { scenario: s, width: Some(width), lang: Some(lang), ..Default::default() })
}

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} missing: run with UPDATE_GOLDEN=1"));
    assert!(
        expected == actual,
        "{name} differs from its golden file; if the change is deliberate, rerun with UPDATE_GOLDEN=1"
    );
}

#[test]
fn ternate_charts_match_their_golden_svgs() {
    let v = view(ternate(), 640, Lang::Id);
    let c = v.charts.expect("charts drawn");
    golden("ternate-coverage-640.svg", &c.coverage.svg);
    golden("ternate-budget-640.svg", &c.budget.svg);
    golden("ternate-groups-640.svg", &c.groups.svg);
    let phone = view(ternate(), 328, Lang::En).charts.unwrap();
    golden("ternate-coverage-328-en.svg", &phone.coverage.svg);
}

#[test]
fn summaries_say_what_each_chart_shows_in_both_languages() {
    let id = view(ternate(), 640, Lang::Id).charts.unwrap();
    assert_eq!(
        id.coverage.summary,
        "Cakupan naik dari 72,75% (2024) ke 93,05% pada 2029; target 100% pada 2025 masih kurang 4.896 pekerja."
    );
    assert_eq!(
        id.budget.summary,
        "Butuh Rp 2,38 miliar per tahun mulai 2025; seluruhnya Rp 11,92 miliar selama 5 tahun."
    );
    assert_eq!(
        id.groups.summary,
        "Biaya terbesar: Ojek pangkalan, Rp 613,07 juta per tahun (25,71% dari biaya 9 kelompok)."
    );
    let en = view(ternate(), 640, Lang::En).charts.unwrap();
    assert!(
        en.coverage.summary.starts_with("Coverage rises from 72.75% (2024) to 93.05% by 2029"),
        "{}",
        en.coverage.summary
    );
}

#[test]
fn user_text_in_charts_is_escaped() {
    let mut s = ternate();
    s.groups.push(GroupRequest {
        name: Some("<script>alert(1)</script> & \"x\"".into()),
        workers: Some(jamsostek::api::NumInput::Text("9.000".into())),
        ..Default::default()
    });
    s.current.total = Some(jamsostek::api::NumInput::Text("40.000".into()));
    let c = view(s, 640, Lang::Id).charts.unwrap();
    assert!(!c.groups.svg.contains("<script"), "raw script in SVG");
    assert!(c.groups.svg.contains("&lt;script&gt;"));
}

#[test]
fn without_a_workforce_the_coverage_chart_says_why() {
    let gianyar = presets::all().into_iter().find(|p| p.id == "gianyar").unwrap().scenario;
    let c = view(gianyar, 640, Lang::Id).charts.unwrap();
    assert_eq!(c.coverage.summary, "Jumlah pekerja belum diisi, jadi cakupan (UCJ) tidak dihitung.");
    assert_eq!(
        c.budget.summary,
        "Butuh Rp 1,29 miliar per tahun mulai 2024; seluruhnya Rp 3,87 miliar selama 3 tahun."
    );
}

#[test]
fn csv_for_budget_documents_opens_with_indonesian_settings() {
    let r = plan::export_csv(&ExportRequest { scenario: ternate(), ..Default::default() });
    assert!(r.ok);
    assert_eq!(r.filename, "jamsostek-kota-ternate-2024.csv");
    assert!(r.csv.starts_with('\u{feff}'), "BOM for Excel");
    let lines: Vec<&str> = r.csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Kalkulator Cakupan Jamsostek: proyeksi cakupan dan anggaran");
    assert_eq!(lines[1], "Wilayah;Kota Ternate");
    assert!(lines.contains(&"Cakupan (UCJ) %;72,75"));
    assert!(lines.iter().any(|l| l.starts_with("Batas upah") || l.starts_with("JKK bukan penerima upah")));
    let head = lines.iter().position(|l| l.starts_with("Tahun;")).expect("yearly table");
    assert!(lines[head].contains("APBD kabupaten/kota (Rp)"));
    assert_eq!(
        lines[head + 1],
        "2025;70479;65583;14307;93,05;93,05;93,05;4896;2384287200;2384287200;0;2384287200;166652;"
    );
    let en = plan::export_csv(&ExportRequest { scenario: ternate(), lang: Some(Lang::En), ..Default::default() });
    assert!(en.csv.contains("\r\n2025,70479,65583,14307,93.05,"));
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let mut s = ternate();
    s.groups[0].name = Some("=HYPERLINK(\"x\";\"y\")".into());
    let r = plan::export_csv(&ExportRequest { scenario: s, ..Default::default() });
    assert!(r.csv.contains("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""), "formula neutralised and quoted");
}
