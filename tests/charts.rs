//! Charts and exports: golden SVGs (set UPDATE_GOLDEN=1 to rewrite after a deliberate change),
//! escaping of user text, the generated summaries, and the CSV for budget documents; and that no
//! chart hides its data: legends below the plot, a coverage axis scaled to low values, axis labels
//! apart, group names whole.

mod common;

use common::{svg_size, svg_texts, x_axis_y, SvgText};
use jamsostek::api::plan::{self, ExportRequest, GroupRequest, PlanViewRequest};
use jamsostek::fmt::Lang;
use jamsostek::api::plan::presets;
use jamsostek::report::chart::{coverage_axis_top, Which};

fn preset(id: &str) -> plan::ScenarioRequest {
    presets::all().into_iter().find(|p| p.id == id).unwrap().scenario
}

fn ternate() -> plan::ScenarioRequest {
    preset("ternate")
}

/// The NTB preset: coverage of informal workers only, 9,30 % and flat.
fn ntb() -> plan::ScenarioRequest {
    preset("ntb")
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
    golden("ternate-groups-328-en.svg", &phone.groups.svg);
    golden("ntb-coverage-328.svg", &view(ntb(), 328, Lang::Id).charts.unwrap().coverage.svg);
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
        "Butuh Rp\u{a0}2,38\u{a0}miliar per tahun mulai 2025; seluruhnya Rp\u{a0}11,92\u{a0}miliar selama 5 tahun."
    );
    assert_eq!(
        id.groups.summary,
        "Biaya terbesar: Ojek pangkalan, Rp\u{a0}613,07\u{a0}juta per tahun (25,71% dari biaya 9 kelompok)."
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
        "Butuh Rp\u{a0}645,12\u{a0}juta per tahun mulai 2024; seluruhnya Rp\u{a0}1,94\u{a0}miliar selama 3 tahun."
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
    assert!(lines.contains(&"Universal Coverage Jamsostek (UCJ) %;72,75"));
    assert!(lines.iter().any(|l| l.starts_with("Batas upah") || l.starts_with("JKK bukan penerima upah")));
    let head = lines.iter().position(|l| l.starts_with("Tahun;")).expect("yearly table");
    assert!(lines[head].contains("APBD kabupaten/kota (Rp)"));
    assert_eq!(
        lines[head + 1],
        "2025;70479;65583;14307;93,05;93,05;93,05;4896;2384287200;2384287200;0;2384287200;166652;"
    );
    let en = plan::export_csv(&ExportRequest { scenario: ternate(), lang: Some(Lang::En), ..Default::default() });
    assert!(en.csv.contains("\r\n2025,70479,65583,14307,93.05,"));
    // The groups table carries each group's start month (empty: months per year from January),
    // then how its first-year cost is reached, the parameters used and their sources.
    let groups = lines.iter().position(|l| l.starts_with("Kelompok sasaran;Pekerja;")).expect("groups table");
    assert!(
        lines[groups].ends_with(";Mulai;Bulan mulai;Perhitungan biaya tahun pertama;Parameter;Sumber aturan"),
        "{}",
        lines[groups]
    );
    assert!(
        lines[groups + 1].ends_with(
            ";2025;;2025: 3.655 pekerja × Rp\u{a0}5.400 × 12 bulan = Rp\u{a0}236.844.000;pu.jkk.class1 pu.jkm;\
             PP 44/2015 (JKK dan JKM) Pasal 16 ayat (1), Pasal 18 ayat (1)"
        ),
        "{}",
        lines[groups + 1]
    );
    let mut s = ternate();
    s.groups[0].start_month = Some(jamsostek::api::NumInput::Text("11".into()));
    s.groups[0].months = Some(jamsostek::api::NumInput::Text("14".into()));
    let r = plan::export_csv(&ExportRequest { scenario: s, ..Default::default() });
    let row = r.csv.split("\r\n").find(|l| l.starts_with(&format!("{};", ternate().groups[0].name.clone().unwrap()))).unwrap().to_string();
    // From November: the first budget year pays 2 of the 14 months, and says so.
    assert!(row.contains(";11;2025: 3.655 pekerja × Rp\u{a0}5.400 × 2 bulan = Rp\u{a0}39.474.000;"), "{row}");
    assert!(row.contains(";14;"), "{row}");
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let mut s = ternate();
    s.groups[0].name = Some("=HYPERLINK(\"x\";\"y\")".into());
    let r = plan::export_csv(&ExportRequest { scenario: s, ..Default::default() });
    assert!(r.csv.contains("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""), "formula neutralised and quoted");
}

/// The many-areas total of a few villages at about 9 % coverage, as `report::chart::svg` draws it.
fn low_total_svg(which: Which, width: u32, lang: Lang) -> String {
    use jamsostek::api::batch::{finish, start, BatchRequest};
    let scenario = serde_json::from_value(serde_json::json!({
        "region": { "baseYear": "2026" },
        "groups": [{ "name": "sasaran", "workers": "1", "package": "bpuBasic", "months": "12", "source": "apbdRegency" }]
    }))
    .unwrap();
    let text = "nama;pekerja;peserta_formal;peserta_informal;sasaran_rentan\r\nA;1000;80;10;5\r\nB;2000;150;30;10\r\n";
    let req = BatchRequest { scenario, ..Default::default() };
    let mut job = start(text.to_string(), &req).unwrap_or_else(|e| panic!("{e:?}"));
    while job.step(10) < 1.0 {}
    let (_, batch) = finish(job, &req).unwrap_or_else(|e| panic!("{e:?}"));
    let (s, p) = batch.totals.as_region();
    jamsostek::report::chart::svg(which, &s, &p, width, lang)
}

/// The texts a legend shows (everything that is not an axis label).
fn legend_texts<'a>(texts: &'a [SvgText], legend: &[&str]) -> Vec<&'a SvgText> {
    texts.iter().filter(|t| legend.iter().any(|l| t.text.starts_with(l))).collect()
}

#[test]
fn legends_sit_below_the_plot_never_inside_it() {
    let axis_labels_below = |svg: &str| svg_texts(svg).iter().filter(|t| t.anchor == "middle").map(|t| t.y).fold(0.0, f64::max);
    let mut charts = Vec::new();
    for (w, lang) in [(328, Lang::En), (328, Lang::Id), (640, Lang::Id), (640, Lang::En)] {
        for s in [ternate(), ntb()] {
            let c = view(s, w, lang).charts.unwrap();
            charts.push((c.coverage.svg, vec!["Coverage (UCJ)", "Cakupan (UCJ)", "Target", "Band", "Rentang"]));
            if !c.budget.summary.contains("Rp\u{a0}0") {
                charts.push((c.budget.svg, vec!["APBD kabupaten/kota", "Regency/city APBD"]));
            }
        }
        charts.push((low_total_svg(Which::Coverage, w, lang), vec!["Coverage (UCJ)", "Cakupan (UCJ)"]));
    }
    let mut a = ternate();
    a.plan_name = Some("A".into());
    a.alternatives = vec![plan::PlanRequest { name: Some("B".into()), scenario: ternate(), ..Default::default() }];
    let plans = plan::compare_view(&plan::CompareViewRequest { scenario: a, width: Some(328), ..Default::default() });
    charts.push((plans.coverage.unwrap().svg, vec!["A", "B", "Target"]));
    for (svg, legend) in &charts {
        let texts = svg_texts(svg);
        let entries = legend_texts(&texts, legend);
        assert!(!entries.is_empty(), "no legend found in {svg}");
        let axis = x_axis_y(svg);
        let (_, height) = svg_size(svg);
        for e in entries {
            // Below the x axis and below the year labels under it, inside the picture.
            assert!(e.y > axis + 20.0 && e.y > axis_labels_below(svg) + 12.0, "legend {:?} inside the plot (axis at {axis})", e);
            assert!(e.y < height, "legend {:?} outside the picture", e);
        }
    }
}

#[test]
fn the_ternate_band_with_no_width_has_no_legend_entry_but_a_lapsing_one_has() {
    let c = view(ternate(), 640, Lang::Id).charts.unwrap();
    assert!(!c.coverage.svg.contains("Rentang"), "Ternate's participants are all formal: no band to point at");
    let mut s = ternate();
    s.current.total = None;
    s.current.formal = Some(jamsostek::api::NumInput::Text("30.000".into()));
    s.current.informal = Some(jamsostek::api::NumInput::Text("21.276".into()));
    let c = view(s, 640, Lang::Id).charts.unwrap();
    assert!(c.coverage.svg.contains("Rentang (laju berhenti rendah–tinggi)"));
}

#[test]
fn the_coverage_axis_fits_low_values_and_stays_0_to_100_otherwise() {
    // Up to the next 10 % at or above the highest value plus 15 % headroom; 10–100 %.
    assert_eq!(coverage_axis_top(0), 10);
    assert_eq!(coverage_axis_top(869), 10); // 8,69 % × 1,15 = 9,99 %
    assert_eq!(coverage_axis_top(870), 20); // 8,70 % × 1,15 = 10,005 %
    assert_eq!(coverage_axis_top(930), 20); // NTB: 9,30 %
    assert_eq!(coverage_axis_top(2_860), 40);
    assert_eq!(coverage_axis_top(4_500), 60);
    assert_eq!(coverage_axis_top(7_800), 90);
    assert_eq!(coverage_axis_top(8_000), 100);
    assert_eq!(coverage_axis_top(10_000), 100);

    let ntb = view(ntb(), 640, Lang::Id).charts.unwrap().coverage.svg;
    let labels: Vec<String> = svg_texts(&ntb).into_iter().filter(|t| t.anchor == "end").map(|t| t.text).collect();
    assert_eq!(labels, ["0%", "5%", "10%", "15%", "20%"]);
    // The 9,30 % line is drawn near the middle of the plot, not flat on the axis.
    let axis = x_axis_y(&ntb);
    let top = svg_texts(&ntb).into_iter().find(|t| t.text == "20%").unwrap().y;
    let cy: f64 = ntb.split("<circle").nth(1).unwrap().split("cy=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
    let height = (axis - cy) / (axis - top);
    assert!((0.4..0.55).contains(&height), "the 9,30 % line is at {height} of the axis");

    // A target keeps the axis where the target is: Ternate's 100 %.
    let ternate = view(ternate(), 640, Lang::Id).charts.unwrap().coverage.svg;
    assert!(svg_texts(&ternate).iter().any(|t| t.text == "100%"));
    // The many-areas total at about 9 %.
    let total = low_total_svg(Which::Coverage, 640, Lang::Id);
    assert!(svg_texts(&total).iter().any(|t| t.text == "20%") && !total.contains(">100%<"));
}

#[test]
fn axis_labels_never_overlap() {
    // Widths as the SVG backend measures them, at the 13 px labels.
    let width = |s: &str| jamsostek::report::svg::text_width(s, 16.0 / 1.24);
    for w in [280, 328, 640] {
        for lang in [Lang::Id, Lang::En] {
            for s in [ternate(), ntb()] {
                let c = view(s, w, lang).charts.unwrap();
                for svg in [&c.coverage.svg, &c.budget.svg, &c.groups.svg] {
                    let texts = svg_texts(svg);
                    let mut y_labels: Vec<f64> = texts.iter().filter(|t| t.anchor == "end").map(|t| t.y).collect();
                    y_labels.sort_by(f64::total_cmp);
                    for pair in y_labels.windows(2) {
                        assert!(pair[1] - pair[0] >= 15.0, "labels {pair:?} overlap at {w} px");
                    }
                    let x_labels: Vec<&SvgText> = texts.iter().filter(|t| t.anchor == "middle").collect();
                    for pair in x_labels.windows(2) {
                        let room = pair[1].x - pair[0].x;
                        assert!(room >= (width(&pair[0].text) + width(&pair[1].text)) / 2.0, "{pair:?} overlap at {w} px");
                    }
                    let (svg_w, _) = svg_size(svg);
                    if let Some(last) = x_labels.last() {
                        assert!(last.x + width(&last.text) / 2.0 <= svg_w + 2.0, "{last:?} runs off the picture");
                    }
                    for t in texts.iter().filter(|t| t.anchor == "end") {
                        assert!(t.x - width(&t.text) >= -4.0, "{t:?} runs off the left edge");
                    }
                }
            }
        }
    }
}

#[test]
fn group_names_wrap_whole_and_the_chart_grows_to_fit() {
    let c = view(ternate(), 328, Lang::Id).charts.unwrap();
    let svg = &c.groups.svg;
    assert!(!svg.contains('…'), "a name was cut");
    let words: Vec<String> = svg_texts(svg).into_iter().map(|t| t.text).collect();
    let shown = words.join(" ");
    for name in ["Masyarakat miskin (P3KE)", "Perangkat kelurahan RT/RW", "Petugas keagamaan", "Ojek pangkalan"] {
        assert!(shown.contains(name), "{name} not whole in {shown}");
    }
    // Two lines where the name needs them: "Masyarakat miskin" then "(P3KE)".
    assert!(words.iter().any(|w| w == "(P3KE)"), "{words:?}");
    let (_, h) = svg_size(svg);
    assert!(h > f64::from(8 * 34 + 70), "the chart grows for names on two lines ({h})");
    // At 640 px every name fits on one line and the chart keeps its height.
    assert_eq!(svg_size(&view(ternate(), 640, Lang::Id).charts.unwrap().groups.svg).1, f64::from(8 * 34 + 70));

    // A long name takes up to three lines; only one longer still is cut on its third.
    let mut s = ternate();
    s.groups[0].name = Some("Pekerja rentan bukan penerima upah".into());
    s.groups[1].name = Some("Sangat panjang ".repeat(8));
    let svg = view(s, 328, Lang::Id).charts.unwrap().groups.svg;
    let texts: Vec<String> = svg_texts(&svg).into_iter().map(|t| t.text).collect();
    let joined = texts.join(" ");
    assert!(joined.contains("Pekerja rentan bukan penerima upah"), "{joined}");
    let cut: Vec<&String> = texts.iter().filter(|t| t.ends_with('…')).collect();
    assert_eq!(cut.len(), 1, "only the over-long name is cut: {texts:?}");
    let first = texts.iter().position(|t| t == "Sangat panjang").unwrap();
    assert!(texts[first..first + 3].iter().all(|t| t.starts_with("Sangat")), "{texts:?}");
}

/// Ternate (2024, five years) against the national path: the path's years 2025–2029 drawn beside
/// the region's line, named in the legend, said in the summary, listed for the table and in the
/// chart's CSV; none of it without `target.national`.
#[test]
fn the_national_path_is_drawn_against_the_projection_when_asked() {
    let mut s = ternate();
    s.target.get_or_insert_with(Default::default).national = Some(true);
    let v = view(s.clone(), 640, Lang::Id);
    let years: Vec<(i32, Option<f64>)> = v.projection.years.iter().map(|y| (y.year, y.national_pct)).collect();
    // RPJMN 32.15 % (2025) and 43.92 % (2029), RKP 2026 34.99 %; 2027 and 2028 on the line between.
    let expected = [(2025, 32.15), (2026, 34.99), (2027, 37.97), (2028, 40.94), (2029, 43.92)];
    assert_eq!(years, expected.map(|(y, p)| (y, Some(p))));
    assert_eq!(v.projection.base.as_ref().unwrap().national_pct, None, "2024 is before the path");
    let c = v.charts.unwrap();
    let texts = svg_texts(&c.coverage.svg);
    assert!(texts.iter().any(|t| t.text == "Jalur nasional (RPJMN, RPJPN)"), "legend");
    assert!(c.coverage.summary.ends_with("; jalur nasional pada 2029: 43,92%."), "{}", c.coverage.summary);
    let csv = plan::chart_csv(&plan::ChartCsvRequest {
        scenario: s,
        which: Some(plan::ChartKind::Coverage),
        lang: Some(Lang::Id),
        ..Default::default()
    })
    .csv;
    assert!(csv.contains(";Target %;Jalur nasional %\r\n"), "{csv}");
    assert!(csv.contains("\r\n2029;"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("2029;") && l.ends_with(";43,92")), "{csv}");
    // Without a target of its own, the path is drawn all the same, and nothing is asked for.
    let mut no_target = ternate();
    no_target.target = Some(plan::TargetRequest { national: Some(true), ..Default::default() });
    let v = view(no_target, 640, Lang::Id);
    assert!(v.projection.errors.is_empty(), "{:?}", v.projection.errors);
    assert_eq!(v.projection.years.iter().filter(|y| y.national_pct.is_some()).count(), 5);
    assert!(svg_texts(&v.charts.unwrap().coverage.svg).iter().any(|t| t.text == "Jalur nasional (RPJMN, RPJPN)"));
    // Not asked: nothing of it.
    let plain = view(ternate(), 640, Lang::Id);
    assert!(plain.projection.years.iter().all(|y| y.national_pct.is_none()));
    assert!(!svg_texts(&plain.charts.unwrap().coverage.svg).iter().any(|t| t.text.contains("nasional")));
}
